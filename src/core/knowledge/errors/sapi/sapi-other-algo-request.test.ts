// No real paste reaches this knowledge yet: the catalogue message of each key, decoded and diagnosed.
import knowledge from './sapi-other-algo-request';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { catalogue: 'sapi:-20121' },
  { catalogue: 'sapi:-20124' },
  { catalogue: 'sapi:-20130' },
  { catalogue: 'sapi:-20132' },
]);
