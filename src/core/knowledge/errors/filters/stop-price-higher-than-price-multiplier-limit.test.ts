// No real paste reaches this knowledge yet: the catalogue message of each key, decoded and diagnosed.
import knowledge from './stop-price-higher-than-price-multiplier-limit';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { catalogue: '-4210' },
  { catalogue: 'coinm:-4154' },
]);
