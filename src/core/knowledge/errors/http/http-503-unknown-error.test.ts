// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './http-503-unknown-error';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'http-status-03.txt', code: 503 },
  { paste: 'http-status-04.txt', code: 503 },
  { paste: 'threads/more/hummingbot-6123-503-unknown-error-order.txt', code: 503 },
]);
