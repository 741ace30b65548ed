// No real paste reaches this knowledge yet: the catalogue message of each key, decoded and diagnosed.
import knowledge from './loan-collateral-adjust';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { catalogue: 'sapi:-10022' },
  { catalogue: 'sapi:-10024' },
  { catalogue: 'sapi:-10046' },
]);
