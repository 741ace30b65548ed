// No real paste reaches this knowledge yet: the catalogue message of each key, decoded and diagnosed.
import knowledge from './blvt-not-available';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { catalogue: 'sapi:-13000' },
  { catalogue: 'sapi:-13003' },
  { catalogue: 'sapi:-13007' },
]);
