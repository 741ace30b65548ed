// No real paste reaches this knowledge yet: the catalogue message of each key, decoded and diagnosed.
import knowledge from './margin-account-restricted';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { catalogue: 'sapi:-3004' },
  { catalogue: 'sapi:-3005' },
  { catalogue: 'sapi:-3010' },
  { catalogue: 'sapi:-3014' },
  { catalogue: 'sapi:-3018' },
  { catalogue: 'sapi:-3019' },
  { catalogue: 'sapi:-3022' },
  { catalogue: 'sapi:-3036' },
  { catalogue: 'sapi:-3043' },
]);
