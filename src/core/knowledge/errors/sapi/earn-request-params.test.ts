// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './earn-request-params';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { catalogue: 'sapi:-6016' },
  { catalogue: 'sapi:-6015' },
  { paste: 'wild/sapi-options/transfer-6016-01.txt', code: -6016 },
  { paste: 'wild/shapes/sapi-ccxt-futures-transfer-6016.txt', code: -6016 },
]);
