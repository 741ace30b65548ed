// No real paste reaches this knowledge with the decoder as it is: the catalogue message of its key, decoded and diagnosed.
import knowledge from './usdm-optional-params-bad-combo';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { catalogue: 'usdm:-1128' },
]);
