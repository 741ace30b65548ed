/** Knowledge of -5022 GTX_ORDER_REJECT. */
import { snippetSet } from '../../snippet-set';
import { postOnlySent } from '../../rules/post-only-sent';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-5022'],
  meaning: 'Your post-only order (timeInForce=GTX) would have traded immediately as a taker, so Binance rejected it instead of filling it. This is the protection working. The order was never placed and will not show in your order history.',
  retry: {
    verdict: 'safe-to-retry',
    outcome: 'rejected',
    advice: 'Nothing was placed. You can send a new post-only order at a fresh price from the current book; resending the same price into the same book is rejected again. Do not query it — it is not in order history.',
  },
  causes: [
    {
      id: 'library-post-only-flag',
      title: 'Your library or framework made the order post-only',
      why: 'ccxt turns postOnly: True into timeInForce=GTX, and some frameworks place maker-only orders by default, so an order you thought was a plain LIMIT was post-only.',
      fixes: [
        {
          title: 'Decide whether you want maker-only',
          steps: [
            'Check your order parameters / framework settings for postOnly or timeInForce=GTX.',
            'Keep it if you want maker fees and accept rejections; otherwise send timeInForce=GTC.',
          ],
          snippets: snippetSet('errors/execution/gtx-order-reject/decide-whether-you-want', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'chasing-touch',
      title: 'The bot prices at the best bid/ask and the book moved',
      why: 'Placing exactly at the touch (or inside the spread) works until the other side moves onto your price between reading the book and the order arriving.',
      fixes: [
        {
          title: 'Price from your own side of the book',
          steps: [
            'A BUY joins the best bid (never the ask); a SELL joins the best ask.',
            'Or send priceMatch=QUEUE without a price so Binance uses the best price on your side.',
            'On rejection, re-read the book and re-price instead of resending.',
          ],
          snippets: snippetSet('errors/execution/gtx-order-reject/decide-whether-you-want', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'fast-market',
      title: 'The market moved between computing the price and sending it',
      why: 'A price a few ticks away a second ago can be through the book now in fast markets.',
      fixes: [
        {
          title: 'Re-read the book just before sending',
          steps: ['Take best bid/ask immediately before placing.', 'Add a tick or two of distance in fast markets.'],
          snippets: snippetSet('errors/execution/gtx-order-reject/decide-whether-you-want', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'price-crosses-book',
      title: 'The price was already at or through the other side',
      why: 'A BUY at or above the best ask (or a SELL at or below the best bid) would take liquidity at once, which post-only forbids.',
      fixes: [
        {
          title: 'Keep BUYs below the ask and SELLs above the bid',
          steps: [
            'Compare your price with GET /fapi/v1/ticker/bookTicker.',
            'If you really want to trade now, use a normal LIMIT (GTC/IOC) or MARKET order.',
          ],
          snippets: snippetSet('errors/execution/gtx-order-reject/decide-whether-you-want', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'wrong-side-price',
      title: 'Side and price mixed up',
      why: 'A bug that swaps BUY/SELL, or uses the bid for a sell, puts a post-only order straight into the other side.',
      fixes: [
        {
          title: 'Check side and reference price together',
          steps: ['Log side, price, best bid and best ask together for rejected orders.', 'Fix the swap in your code.'],
          snippets: snippetSet('errors/execution/gtx-order-reject/decide-whether-you-want', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
  ],
  tree: {
    start: 'tif',
    questions: [
      {
        id: 'tif',
        text: 'Did you mean to send a post-only order (timeInForce=GTX)?',
        options: [
          { value: 'gtx', label: 'Yes, post-only on purpose', next: 'pricing' },
          {
            value: 'not-meant',
            label: 'No, I thought it was a normal limit order',
            ranks: ['library-post-only-flag', 'price-crosses-book'],
          },
        ],
        auto: postOnlySent,
      },
      {
        id: 'pricing',
        text: 'How does your bot choose the post-only price?',
        options: [
          { value: 'touch', label: 'At the best bid/ask or inside the spread', ranks: ['chasing-touch', 'fast-market'] },
          { value: 'offset', label: 'A few ticks away, computed a moment earlier', ranks: ['fast-market', 'price-crosses-book'] },
          { value: 'cross', label: 'At or beyond the other side (e.g. buy at the ask)', ranks: ['price-crosses-book', 'wrong-side-price'] },
        ],
      },
    ],
  },
};

export default knowledge;
