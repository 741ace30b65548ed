// No real paste reaches this knowledge yet: the catalogue message of each key, decoded and diagnosed.
import knowledge from './blvt-limits';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { catalogue: 'sapi:-13001' },
  { catalogue: 'sapi:-13002' },
  { catalogue: 'sapi:-13004' },
  { catalogue: 'sapi:-13005' },
  { catalogue: 'sapi:-13006' },
]);
