// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './http-403';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'csharp-03.txt', code: 403 },
  { paste: 'html-01.txt', code: 403 },
  { paste: 'html-02.txt', code: 403 },
  { paste: 'html-03.txt', code: 403 },
  { paste: 'html-04.txt', code: 403 },
  { paste: 'html-05.txt', code: 403 },
]);
