// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './max-leverage-ratio';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'ansi-01.txt', code: -2027 },
  { paste: 'ccxt-09.txt', code: -2027 },
  { paste: 'ccxt-10.txt', code: -2027 },
  { paste: 'errorcode-05.txt', code: -2027 },
]);
