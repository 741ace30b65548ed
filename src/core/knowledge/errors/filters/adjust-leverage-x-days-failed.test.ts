// No real paste reaches this knowledge yet: the catalogue message of each key, decoded and diagnosed.
import knowledge from './adjust-leverage-x-days-failed';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { catalogue: '-4205' },
  { catalogue: 'coinm:-4200' },
]);
