// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './endpoint-version-retired';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { catalogue: 'usdm:-5000' },
  { paste: 'threads/more/python-binance-1350-5000-fapi-v1-account-retired.txt', code: -5000 },
  { paste: 'threads/more/unicorn-rest-65-5000-fapi-v1-account-retired.txt', code: -5000 },
  { paste: 'threads/more/unicorn-suite-12-5000-positionrisk-v1-retired.txt', code: -5000 },
  { paste: 'threads/more/vnpy-binance-41-5000-fapi-v1-account-retired.txt', code: -5000 },
  { paste: 'threads/fresh/vnpy-binance-40-5000-positionrisk-v1-retired.txt', code: -5000 },
]);
