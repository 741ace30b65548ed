// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './too-many-parameters';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'json-body-12.txt', code: -1101 },
  { paste: 'threads/general/siebly-507-symbols-array-1101.txt', code: -1101 },
  { paste: 'threads/general/node-binance-api-83-recenttrades-extra-1101.txt', code: -1101 },
]);
