// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './spot-param-not-required';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'threads/general/python-binance-367-price-on-stop-loss-1106.txt', code: -1106, product: 'spot' },
  { paste: 'threads/general/node-binance-api-29-stopprice-on-limit-1106.txt', code: -1106 },
  { paste: 'threads/more/vnpy-3003-1106-tif-on-market.txt', code: -1106, product: 'spot' },
  { paste: 'threads/more/xchange-3386-1106-tif-on-test-market-order.txt', code: -1106 },
]);
