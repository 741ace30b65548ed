// No real paste reaches this knowledge yet: the catalogue message of each key, decoded and diagnosed.
import knowledge from './margin-below-minimum';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { catalogue: 'sapi:-3013' },
  { catalogue: 'sapi:-3016' },
  { catalogue: 'sapi:-3024' },
]);
