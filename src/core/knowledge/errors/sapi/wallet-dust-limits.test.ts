// No real paste reaches this knowledge yet: the catalogue message of each key, decoded and diagnosed.
import knowledge from './wallet-dust-limits';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { catalogue: 'sapi:-5001' },
  { catalogue: 'sapi:-5005' },
  { catalogue: 'sapi:-5006' },
]);
