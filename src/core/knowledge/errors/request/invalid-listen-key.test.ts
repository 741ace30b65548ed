// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './invalid-listen-key';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'threads/general/ict2025-73-keepalive-no-recovery-1125.txt', code: -1125 },
]);
