// No real paste reaches this knowledge yet: the catalogue message of each key, decoded and diagnosed.
import knowledge from './loan-request-params';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { catalogue: 'sapi:-10002' },
  { catalogue: 'sapi:-10026' },
  { catalogue: 'sapi:-10028' },
]);
