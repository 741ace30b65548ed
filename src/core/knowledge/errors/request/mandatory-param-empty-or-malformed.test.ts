// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './mandatory-param-empty-or-malformed';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'ccxt-08.txt', code: -1102 },
  { paste: 'csharp-06.txt', code: -1102 },
  { paste: 'headers-01.txt', code: -1102 },
  { paste: 'json-body-05.txt', code: -1102 },
  { paste: 'json-body-06.txt', code: -1102 },
  { paste: 'python-dict-03.txt', code: -1102 },
]);
