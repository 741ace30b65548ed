// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './margin-busy-or-pending';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { catalogue: 'sapi:-3007' },
  { catalogue: 'sapi:-3037' },
  { catalogue: 'sapi:-3044' },
  { paste: 'wild/sapi-options/margin-3007-01.txt', code: -3007 },
]);
