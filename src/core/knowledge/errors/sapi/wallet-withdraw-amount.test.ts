// No real paste reaches this knowledge yet: the catalogue message of each key, decoded and diagnosed.
import knowledge from './wallet-withdraw-amount';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { catalogue: 'sapi:-4021' },
  { catalogue: 'sapi:-4022' },
  { catalogue: 'sapi:-4023' },
  { catalogue: 'sapi:-4024' },
  { catalogue: 'sapi:-4025' },
  { catalogue: 'sapi:-4026' },
  { catalogue: 'sapi:-4028' },
  { catalogue: 'sapi:-4060' },
]);
