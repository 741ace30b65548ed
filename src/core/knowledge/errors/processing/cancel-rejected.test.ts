// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './cancel-rejected';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'threads/orders/bfc-python-8-2011-cancel-id-check.txt', code: -2011 },
]);
