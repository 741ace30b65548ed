// No real paste reaches this knowledge yet: the catalogue message of each key, decoded and diagnosed.
import knowledge from './move-order-not-allowed-symbol-reason';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { catalogue: '-5024' },
  { catalogue: 'coinm:-4199' },
]);
