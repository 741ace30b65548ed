// No real paste reaches this knowledge yet: the catalogue message of each key, decoded and diagnosed.
import knowledge from './symbol-reduce-only';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { catalogue: '-4105' },
  { catalogue: 'pm:-4517' },
]);
