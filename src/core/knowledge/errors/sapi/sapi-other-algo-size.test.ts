// No real paste reaches this knowledge yet: the catalogue message of each key, decoded and diagnosed.
import knowledge from './sapi-other-algo-size';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { catalogue: 'sapi:-20194' },
  { catalogue: 'sapi:-20195' },
  { catalogue: 'sapi:-20196' },
  { catalogue: 'sapi:-20198' },
  { catalogue: 'sapi:-20204' },
]);
