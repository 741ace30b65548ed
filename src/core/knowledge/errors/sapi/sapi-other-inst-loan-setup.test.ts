// No real paste reaches this knowledge yet: the catalogue message of each key, decoded and diagnosed.
import knowledge from './sapi-other-inst-loan-setup';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { catalogue: 'sapi:-27001' },
  { catalogue: 'sapi:-27002' },
  { catalogue: 'sapi:-27003' },
  { catalogue: 'sapi:-27004' },
  { catalogue: 'sapi:-27005' },
  { catalogue: 'sapi:-27006' },
  { catalogue: 'sapi:-27007' },
  { catalogue: 'sapi:-27008' },
  { catalogue: 'sapi:-27010' },
  { catalogue: 'sapi:-27013' },
]);
