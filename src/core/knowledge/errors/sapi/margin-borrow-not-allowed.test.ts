// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './margin-borrow-not-allowed';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { catalogue: 'sapi:-3008' },
  { paste: 'wild/sapi-options/margin-3008-01.txt', code: -3008 },
]);
