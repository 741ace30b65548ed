// No real paste reaches this knowledge yet: the catalogue message of each key, decoded and diagnosed.
import knowledge from './earn-product-unavailable';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { catalogue: 'sapi:-6001' },
  { catalogue: 'sapi:-6003' },
  { catalogue: 'sapi:-6004' },
  { catalogue: 'sapi:-6007' },
  { catalogue: 'sapi:-6008' },
  { catalogue: 'sapi:-6017' },
  { catalogue: 'sapi:-6020' },
]);
