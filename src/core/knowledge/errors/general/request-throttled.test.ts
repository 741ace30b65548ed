// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './request-throttled';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'bracket-status-01.txt', code: -1008 },
  { paste: 'threads/more/whook-21-1008-overloaded-cancelled.txt', code: -1008 },
]);
