// No real paste reaches this knowledge yet: the catalogue message of each key, decoded and diagnosed.
import knowledge from './earn-amount-limits';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { catalogue: 'sapi:-6005' },
  { catalogue: 'sapi:-6011' },
  { catalogue: 'sapi:-6014' },
]);
