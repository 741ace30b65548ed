// No real paste reaches this knowledge yet: the catalogue message of each key, decoded and diagnosed.
import knowledge from './margin-asset-or-pair-restricted';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { catalogue: 'sapi:-3009' },
  { catalogue: 'sapi:-3012' },
  { catalogue: 'sapi:-3017' },
  { catalogue: 'sapi:-3021' },
]);
