// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './optional-params-bad-combo';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'threads/more/nof1-tracker-9-1128-multi-assets-tpsl.txt', code: -1128 },
]);
