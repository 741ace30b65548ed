// No real paste reaches this knowledge yet: the catalogue message of each key, decoded and diagnosed.
import knowledge from './invalid-time-interval';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { catalogue: '-4165' },
  { catalogue: 'coinm:-4088' },
]);
