// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './unknown';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'csharp-05.txt', code: -1000 },
  { paste: 'errorcode-02.txt', code: -1000 },
  { paste: 'errorcode-04.txt', code: -1000 },
  { paste: 'json-body-04.txt', code: -1000 },
]);
