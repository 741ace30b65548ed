// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './invalid-order-type';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'threads/general/binance-net-978-beta-ordertype-1116.txt', code: -1116 },
  { paste: 'threads/general/node-binance-api-833-stop-loss-limit-futures-1116.txt', code: -1116 },
  { paste: 'threads/more/node-binance-api-663-1116-stop-loss-on-futures.txt', code: -1116 },
]);
