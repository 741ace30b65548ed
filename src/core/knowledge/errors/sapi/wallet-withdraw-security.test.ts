// No real paste reaches this knowledge yet: the catalogue message of each key, decoded and diagnosed.
import knowledge from './wallet-withdraw-security';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { catalogue: 'sapi:-4013' },
  { catalogue: 'sapi:-4014' },
  { catalogue: 'sapi:-4015' },
  { catalogue: 'sapi:-4016' },
  { catalogue: 'sapi:-4017' },
  { catalogue: 'sapi:-4006' },
  { catalogue: 'sapi:-4001' },
  { catalogue: 'sapi:-4004' },
]);
