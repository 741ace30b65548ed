// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './joint-margin-reject-with-isolated';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'threads/more/nofx-467-4168-multi-assets-isolated.txt', code: -4168 },
]);
