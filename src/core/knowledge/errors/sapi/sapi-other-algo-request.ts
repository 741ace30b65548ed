/**
 * Knowledge of the Algo (TWAP/VP) request codes on /sapi/v1/algo/…: sapi:-20121 (invalid symbol), -20124 (invalid or
 * finished algo id), -20130 (invalid parameter value), -20132 (duplicated clientAlgoId).
 */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:-20121', 'sapi:-20124', 'sapi:-20130', 'sapi:-20132'],
  meaning:
    'An algo-order request (/sapi/v1/algo/…) named something the algo service does not accept: a symbol it does not trade (-20121), an algo order that does not exist or has already finished (-20124), a parameter value it cannot use (-20130), or a clientAlgoId already used (-20132). Nothing was placed or cancelled.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing changed. Fix the symbol, id or parameter the code points at, then send again — and if a cancel found the order already finished, there is nothing left to cancel.',
  },
  causes: [
    {
      id: 'algo-symbol-unsupported',
      title: 'The symbol is not traded by the algo service (-20121)',
      why: 'Futures algo orders work only on USDⓈ-M futures symbols (BTCUSDT), not COIN-M (BTCUSD_PERP) or delisted ones; Spot TWAP takes Spot symbols. A ccxt-style symbol (BTC/USDT:USDT) sent as is is not a symbol either.',
      fixes: [
        {
          title: 'Send a supported symbol',
          steps: [
            'Use the exchange symbol without separators (BTCUSDT) of a USDⓈ-M perpetual for /sapi/v1/algo/futures/newOrderTwap or newOrderVp, and a Spot symbol for /sapi/v1/algo/spot/newOrderTwap.',
          ],
        },
      ],
    },
    {
      id: 'algo-order-finished',
      title: 'The algo order has already finished, or the id is wrong (-20124)',
      why: 'An algo order that has completed, expired or been cancelled cannot be cancelled again; an id from another account or from the clientAlgoId field is not an algoId. Note that an accepted algo order can also expire soon after it starts (insufficient margin, reduce-only mismatch, wrong position mode).',
      fixes: [
        {
          title: 'Check the order’s state',
          steps: [
            'Look it up in GET /sapi/v1/algo/futures/openOrders and GET /sapi/v1/algo/futures/historicalOrders (Spot: the /sapi/v1/algo/spot/… versions) and cancel only running orders by their algoId.',
          ],
        },
      ],
    },
    {
      id: 'algo-param-invalid',
      title: 'A parameter value does not fit the account or the order (-20130)',
      why: 'positionSide must match the futures account’s position mode (BOTH in One-way Mode, LONG/SHORT in Hedge Mode); reduceOnly cannot be sent in Hedge Mode; urgency for VP orders is LOW, MEDIUM or HIGH; clientAlgoId must be exactly 32 characters; prices and quantities must fit the symbol’s precision.',
      fixes: [
        {
          title: 'Match the parameters to the account and symbol',
          steps: [
            'Check the futures account’s position mode in the app, and send positionSide and reduceOnly accordingly.',
            'Round quantity and limitPrice to the symbol’s steps, and send enum values exactly as documented.',
          ],
        },
      ],
    },
    {
      id: 'algo-client-id-reused',
      title: 'The clientAlgoId was used before (-20132)',
      why: 'clientAlgoId must be unique among your algo orders. A fixed id, or a retry that resends the same id after a timeout, collides — in the retry case the first order may already be running.',
      fixes: [
        {
          title: 'Use a fresh id, after checking the first order',
          steps: [
            'Before resending after a timeout, look for the order in GET /sapi/v1/algo/futures/openOrders.',
            'Generate a new 32-character clientAlgoId (for example a UUID without dashes) for each new order.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
