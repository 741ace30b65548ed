// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './margin-repay-exceeds-liability';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { catalogue: 'sapi:-3015' },
  { paste: 'wild/sapi-options/margin-3015-01.txt', code: -3015 },
]);
