// No real paste reaches this knowledge yet: the catalogue message of each key, decoded and diagnosed.
import knowledge from './pm-um-reduce-only-only';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { catalogue: 'pm:-4405' },
  { catalogue: 'pm:-4415' },
]);
