// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './spot-cancel-rejected';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'multi-03.txt', code: -2011 },
  { paste: 'threads/orders/python-binance-1049-2011-cancel-filled.txt', code: -2011 },
  { paste: 'threads/orders/python-binance-232-2011-all-orders.txt', code: -2011 },
]);
