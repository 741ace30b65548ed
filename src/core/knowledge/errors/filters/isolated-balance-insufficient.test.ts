// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './isolated-balance-insufficient';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'threads/orders/binance-futures-python-150-4054-position-side.txt', code: -4051 },
]);
