// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './bad-recv-window';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'threads/more/octobot-1243-1131-recvwindow-balance.txt', code: -1131 },
]);
