// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './wallet-asset-not-open';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { catalogue: 'sapi:-4018' },
  { catalogue: 'sapi:-4019' },
  { catalogue: 'sapi:-4042' },
  { catalogue: 'sapi:-4044' },
  { catalogue: 'sapi:-4045' },
  { paste: 'wild/sapi-options/withdraw-4019-01.txt', code: -4019 },
]);
