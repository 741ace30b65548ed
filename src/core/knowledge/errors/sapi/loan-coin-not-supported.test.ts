// No real paste reaches this knowledge yet: the catalogue message of each key, decoded and diagnosed.
import knowledge from './loan-coin-not-supported';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { catalogue: 'sapi:-10007' },
  { catalogue: 'sapi:-10008' },
  { catalogue: 'sapi:-10009' },
  { catalogue: 'sapi:-10010' },
  { catalogue: 'sapi:-10019' },
  { catalogue: 'sapi:-10042' },
  { catalogue: 'sapi:-10043' },
  { catalogue: 'sapi:-10047' },
]);
