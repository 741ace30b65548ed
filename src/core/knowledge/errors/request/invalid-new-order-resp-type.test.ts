// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './invalid-new-order-resp-type';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'threads/more/go-binance-491-1136-testnet-resp-type.txt', code: -1136 },
]);
