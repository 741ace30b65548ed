// No real paste reaches this knowledge yet: the catalogue message of each key, decoded and diagnosed.
import knowledge from './invalid-tif';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { catalogue: '-1115' },
]);
