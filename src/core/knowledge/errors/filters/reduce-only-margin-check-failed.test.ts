// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './reduce-only-margin-check-failed';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'threads/more/qubx-386-4118-full-size-reduceonly-take.txt', code: -4118 },
]);
