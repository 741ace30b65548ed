/** Knowledge of -2013 NO_SUCH_ORDER. */
import { snippetSet } from '../../snippet-set';
import { conditionalOrderType } from '../../rules/conditional-order-type';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-2013'],
  meaning: 'Binance found no order with the id you asked about. Right after placing, this can just mean "not visible yet"; later it means a wrong id/symbol/product, an order too old to be kept, or a conditional order that lives in the Algo Order service.',
  retry: {
    verdict: 'query-order-first',
    outcome: 'unknown',
    advice: 'Find out whether the order exists before you place it again: ask again a few times over several seconds (GET /fapi/v1/order with origClientOrderId; /api/v3/order on Spot), and watch the user data stream (ORDER_TRADE_UPDATE on futures). Libraries mint a fresh client order id on every retry, so a blind re-placement can double the order.',
  },
  causes: [
    {
      id: 'too-soon',
      title: 'Queried too soon after placing (or during heavy load)',
      why: 'The order store can lag behind the matching engine for a few seconds, longer when markets are busy. An order that exists can briefly answer "Order does not exist." The error can even seem to come from the placement itself: libraries and frameworks that look the order up right after placing it report that lookup’s -2013, while the order stands.',
      fixes: [
        {
          title: 'Ask again with backoff; trust the user data stream',
          steps: [
            'Retry the lookup (not the order!) after 0.5, 1, 2 and 4 seconds.',
            'Use ORDER_TRADE_UPDATE events from the user data stream as the source of truth.',
          ],
          snippets: snippetSet('errors/processing/no-such-order/ask-again-backoff-trust', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'never-placed',
      title: 'The order was never placed',
      why: 'The placement failed (or timed out before reaching Binance) and the id you are looking up was never accepted — or your library generated a different id than the one you stored.',
      fixes: [
        {
          title: 'Check the placement result and use your own ids',
          steps: [
            'Log the placement response; only an orderId in it proves the order exists.',
            'Pass your own newClientOrderId so you can look it up reliably.',
          ],
          snippets: snippetSet('errors/processing/no-such-order/ask-again-backoff-trust', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'conditional-algo',
      title: 'A conditional order that lives in the Algo Order service',
      why: 'Since 2025-12-09 USD-M stop, take-profit and trailing orders are Algo orders with an algoId / clientAlgoId. GET /fapi/v1/order does not know them.',
      fixes: [
        {
          title: 'Look conditional orders up on the Algo endpoints',
          steps: ['GET /fapi/v1/algoOrder with algoId or clientAlgoId; GET /fapi/v1/openAlgoOrders for the open ones.'],
          snippets: snippetSet('snippets/cancel-conditional-orders-algo', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'purged-old',
      title: 'The order is too old to be returned',
      why: 'Futures lookups do not return CANCELED or EXPIRED orders with no fills after 3 days, nor any order older than 90 days. (Spot archives such orders after 90 days: -2026.)',
      fixes: [
        {
          title: 'Use trade history for old orders',
          steps: ['Query GET /fapi/v1/userTrades for fills, or keep your own order log.', 'Do not treat a missing old order as a new problem.'],
          snippets: snippetSet('errors/processing/no-such-order/ask-again-backoff-trust', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'wrong-place',
      title: 'Wrong symbol, product or host',
      why: 'Ids are per symbol and product. A USD-M id looked up on Spot or COIN-M, with another symbol, or on a testnet host, is not found.',
      fixes: [
        {
          title: 'Look up where the order was placed',
          steps: ['Same symbol, same product (Spot, USD-M, COIN-M and Portfolio Margin each keep their own order ids), same environment (mainnet or testnet).'],
          snippets: snippetSet('snippets/read-final-state-reconcile', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'orderid-precision-lost',
      title: 'The order id lost digits in a JavaScript number',
      why: 'Some USD-M symbols (ETHUSDT among them) hand out order ids above 2^53. JavaScript’s JSON.parse turns them into doubles and rounds the last digits (…4725 becomes …4000), so every lookup or cancel with that id names an order that does not exist. The order itself is fine; only the copy of its id is wrong.',
      fixes: [
        {
          title: 'Keep ids exact, or track orders by your own client id',
          steps: [
            'Compare the id you look up with the raw response text: if the last digits differ (often ending in 000), the id was rounded.',
            'Parse responses with a big-integer aware JSON parser, or keep ids as strings end to end.',
            'Simplest: set your own newClientOrderId and look orders up and cancel them by origClientOrderId.',
          ],
          snippets: snippetSet('snippets/look-order-up-client', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
  ],
  tree: {
    start: 'when',
    questions: [
      {
        id: 'when',
        text: 'How long after placing the order did you look it up?',
        options: [
          { value: 'seconds', label: 'Seconds', next: 'placed-ok' },
          { value: 'minutes', label: 'Minutes to hours', next: 'kind' },
          { value: 'days', label: 'Days or longer', ranks: ['purged-old', 'wrong-place'] },
        ],
      },
      {
        id: 'placed-ok',
        text: 'Did the placement return an orderId?',
        options: [
          { value: 'yes', label: 'Yes', next: 'id-exact' },
          { value: 'no', label: 'No, it failed or timed out', ranks: ['never-placed', 'too-soon'] },
        ],
      },
      {
        id: 'id-exact',
        text: 'Is the id you look up exactly the one Binance returned? JavaScript code that parses ids as numbers rounds ids above 2^53 (the last digits turn into 000).',
        options: [
          { value: 'exact', label: 'Yes: kept as a string or a 64-bit integer', ranks: ['too-soon', 'wrong-place'] },
          { value: 'rounded', label: 'No, or it is a JavaScript number ending in several zeros', ranks: ['orderid-precision-lost', 'too-soon'] },
        ],
      },
      {
        id: 'kind',
        text: 'Is it a stop, take-profit or trailing-stop order?',
        options: [
          { value: 'conditional', label: 'Yes', ranks: ['conditional-algo', 'wrong-place'] },
          { value: 'plain', label: 'No', ranks: ['wrong-place', 'never-placed', 'too-soon'] },
        ],
        auto: conditionalOrderType,
      },
    ],
  },
};

export default knowledge;
