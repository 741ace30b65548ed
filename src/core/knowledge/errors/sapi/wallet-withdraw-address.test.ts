// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './wallet-withdraw-address';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { catalogue: 'sapi:-4007' },
  { catalogue: 'sapi:-4008' },
  { catalogue: 'sapi:-4033' },
  { catalogue: 'sapi:-4034' },
  { catalogue: 'sapi:-4035' },
  { catalogue: 'sapi:-4036' },
  { paste: 'wild/sapi-options/withdraw-4007-02.txt', code: -4007 },
]);
