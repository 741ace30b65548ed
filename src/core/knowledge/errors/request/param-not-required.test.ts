// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './param-not-required';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'python-binance-04.txt', code: -1106 },
  { paste: 'threads/general/binance-scala-378-reduceonly-closeposition-1106.txt', code: -1106 },
  { paste: 'threads/more/binance-rs-112-1106-tif-on-market.txt', code: -1106, product: 'usdm' },
  { paste: 'threads/more/nautilus-4231-1106-reduceonly-hedge.txt', code: -1106, product: 'usdm' },
]);
