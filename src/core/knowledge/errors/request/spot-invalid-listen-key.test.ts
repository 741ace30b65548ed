// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './spot-invalid-listen-key';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'threads/more/binance-api-node-107-1125-keepalive-never-called.txt', code: -1125 },
]);
