// No real paste reaches this knowledge yet: the catalogue message of each key, decoded and diagnosed.
import knowledge from './sapi-other-gift-card-limits';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { catalogue: 'sapi:-18002' },
  { catalogue: 'sapi:-18003' },
  { catalogue: 'sapi:-18004' },
]);
