// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './price-not-increased-by-tick-size';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'fullwidth-03.txt', code: -4014 },
  { paste: 'fullwidth-04.txt', code: -4014 },
  { paste: 'no-minus-01.txt', code: -4014 },
  { paste: 'python-binance-09.txt', code: -4014 },
  { paste: 'threads/orders/go-binance-615-4014-amounttolotsize.txt', code: -4014 },
]);
