// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './margin-system-no-asset';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { catalogue: 'sapi:-3045' },
  { paste: 'wild/sapi-options/margin-3045-01.txt', code: -3045 },
]);
