// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './http-5xx';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'html-06.txt', code: 502 },
  { paste: 'html-07.txt', code: 502 },
  { paste: 'http-status-08.txt', code: 503 },
  { paste: 'traceback-03.txt', code: 503 },
  { paste: 'threads/general/sonvister-77-gateway-timeout-504.txt', code: 504 },
]);
