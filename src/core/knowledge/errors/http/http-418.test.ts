// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './http-418';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'http-status-01.txt', code: 418 },
  { paste: 'http-status-06.txt', code: 418 },
  { paste: 'http-status-09.txt', code: 418 },
  { paste: 'threads/general/rotki-3687-mytrades-all-markets-418.txt', code: 418 },
]);
