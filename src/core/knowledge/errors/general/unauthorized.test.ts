// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './unauthorized';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'threads/more/ccxt-7000-1002-margin-loan-not-allowed.txt', code: -1002 },
  { paste: 'threads/more/binancenet-730-1002-transfer-ip-restriction.txt', code: -1002 },
]);
