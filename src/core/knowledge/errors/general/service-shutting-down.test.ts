// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './service-shutting-down';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'csharp-04.txt', code: -1016 },
]);
