/** Cause shared by -1106 (futures and Spot): a trigger price on an order type that has none */
import { snippetSet } from '../snippet-set';
import type { Cause } from '../types';

export const stopPriceOnPlainLimitCause: Cause = {
  id: 'stopprice-on-plain-limit',
  title: 'stopPrice sent on an order whose type is not a stop type',
  why: 'A trigger price belongs only to stop and take-profit types (Spot: STOP_LOSS, STOP_LOSS_LIMIT, TAKE_PROFIT, TAKE_PROFIT_LIMIT; futures: STOP, STOP_MARKET, TAKE_PROFIT, TAKE_PROFIT_MARKET). Sent with a plain LIMIT or MARKET it is refused. Wrapper methods such as node-binance-api’s sell() with only {stopPrice} placed a LIMIT until its later release switched the type automatically.',
  fixes: [
    {
      title: 'Set the stop type you meant, or leave stopPrice out',
      steps: [
        'For a stop-loss or take-profit, pass the type explicitly (Spot STOP_LOSS_LIMIT with price, stopPrice and timeInForce; futures STOP or STOP_MARKET).',
        'For a plain LIMIT or MARKET order, drop stopPrice.',
        'Check the type in the logged request: a wrapper may not change it just because you added a stop price.',
      ],
      snippets: snippetSet('snippets/send-only-what-endpoint', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
    },
  ],
};
