// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './stop-order-switch-algo';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'threads/orders/freqtrade-12610-4120-stoploss-algo.txt', code: -4120 },
  { paste: 'threads/orders/go-binance-783-4120-algo-endpoint.txt', code: -4120 },
  { paste: 'threads/more/binance-php-66-4120-algo-endpoints.txt', code: -4120 },
  { paste: 'threads/more/nautilus-3287-4120-stop-market-algo.txt', code: -4120 },
  { paste: 'threads/more/lean-binance-61-4120-stop-market-algo.txt', code: -4120 },
]);
