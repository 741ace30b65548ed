// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './invalid-cl-ord-id-len';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'threads/orders/sieblyio-binance-527-4015-pm-client-id.txt', code: -4015 },
]);
