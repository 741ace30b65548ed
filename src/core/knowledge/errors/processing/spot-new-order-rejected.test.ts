// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './spot-new-order-rejected';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'multi-04.txt', code: -2010 },
  { paste: 'spot-01.txt', code: -2010 },
  { paste: 'spot-02.txt', code: -2010 },
  { paste: 'spot-03.txt', code: -2010 },
  { paste: 'spot-04.txt', code: -2010 },
  { paste: 'spot-05.txt', code: -2010 },
  { paste: 'spot-07.txt', code: -2010 },
  { paste: 'spot-08.txt', code: -2010, product: 'spot' },
  { paste: 'threads/orders/volatility-bot-121-2010-fee-in-coin.txt', code: -2010 },
  { paste: 'threads/orders/volatility-bot-204-2010-no-bnb-fees.txt', code: -2010 },
  { paste: 'threads/orders/binance-net-1466-2010-limit-maker-take.txt', code: -2010 },
  { paste: 'threads/orders/pumpbot-5-2010-sell-without-fee.txt', code: -2010 },
  { paste: 'threads/orders/binance-traderbot-22-2010-fee-leftover.txt', code: -2010 },
  { paste: 'threads/more/binance-api-node-223-2010-price-qty-zero-decimals.txt', code: -2010 },
]);
