// No real paste reaches this knowledge yet: the catalogue message of each key, decoded and diagnosed.
import knowledge from './sapi-other-inst-loan-amount';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { catalogue: 'sapi:-27000' },
  { catalogue: 'sapi:-27009' },
  { catalogue: 'sapi:-27011' },
  { catalogue: 'sapi:-27012' },
  { catalogue: 'sapi:-27014' },
  { catalogue: 'sapi:-27015' },
  { catalogue: 'sapi:-27016' },
]);
