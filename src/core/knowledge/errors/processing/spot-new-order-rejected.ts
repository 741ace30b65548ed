/** Knowledge of spot:-2010 NEW_ORDER_REJECTED. */
import { snippetSet } from '../../snippet-set';
import { tooManyAlgoOrdersCause } from '../../causes/too-many-algo-orders';
import { spotRejectReason } from '../../rules/spot-reject-reason';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-2010'],
  meaning: 'The Spot matching engine refused the new order. The real reason is in the message text (for example insufficient balance, a stop that would trigger at once, or a maker order that would trade). Nothing was placed.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was placed. Read the message, fix that specific problem, then send again; the same order will be refused the same way.',
  },
  causes: [
    {
      id: 'insufficient-balance',
      title: 'Not enough free balance of the asset you pay with',
      why: '"Account has insufficient balance for requested action." A BUY spends the quote asset (USDT in BTCUSDT), a SELL the base asset. Funds held by open orders are locked, and funds in the Funding or futures wallet do not count.',
      fixes: [
        {
          title: 'Check free balance and where the funds are',
          steps: [
            'Check the free (not locked) balance of the asset you pay with in GET /api/v3/account.',
            'Cancel stale open orders that lock funds, or move funds from the Funding/futures wallet to Spot.',
            'Size the order from the free balance, not the total.',
          ],
          snippets: snippetSet('errors/processing/spot-new-order-rejected/check-free-balance-where', { symbol: 'BTCUSDT' }),
        },
      ],
    },
    {
      id: 'sized-without-headroom',
      title: 'The order was sized to the whole balance with no room for fees or rounding',
      why: 'Spending 100% of a balance fails when the fee is taken in that asset, when price × quantity rounds up, or when a previous fill’s fee left a little less than expected.',
      fixes: [
        {
          title: 'Leave a small buffer',
          steps: [
            'Size to about 99.5% of the free balance and round quantity down to stepSize.',
            'For "spend X USDT" use a MARKET order with quoteOrderQty instead of computing quantity.',
          ],
          snippets: snippetSet('errors/processing/spot-new-order-rejected/check-free-balance-where', { symbol: 'BTCUSDT' }),
        },
        {
          title: 'Pay fees in BNB',
          steps: [
            'Keep some BNB in the Spot wallet and turn on paying fees with BNB (the account settings, or POST /sapi/v1/bnbBurn with spotBNBBurn=true; GET /sapi/v1/bnbBurn shows the setting).',
            'The fee is then taken in BNB, so the coin you bought arrives in full and selling the whole bought quantity works.',
            'Top BNB up before it runs out: without enough BNB the fee is taken from the coin you receive again.',
          ],
        },
        {
          title: 'Keep a reserve of the coin for the fee',
          steps: [
            'Sell what you received, not what you ordered: the fills of the buy (fills[].commission and commissionAsset) say how much fee was taken in the bought coin; subtract it.',
            'Or read the free balance of the coin right before selling and size the sell from it, rounded down to stepSize.',
            'If you want to sell exactly the bought quantity, hold a small extra amount of the coin (a little more than the fee rate, 0.1% at the base rate) so the fee does not leave the balance short.',
          ],
        },
      ],
    },
    {
      id: 'would-trigger',
      title: 'The stop price would trigger immediately',
      why: '"Order would trigger immediately." A SELL stop-loss must sit below the last trade price and a BUY stop-loss above it (take-profit the other way round). If the price already passed your stop, the order is refused.',
      fixes: [
        {
          title: 'Put the stop on the right side of the last price',
          steps: [
            'Read the last price (GET /api/v3/ticker/price) right before sending.',
            'SELL STOP_LOSS(_LIMIT) below it, BUY above it; TAKE_PROFIT(_LIMIT) the opposite.',
            'If the market already crossed your level, decide whether to exit now with a MARKET order.',
          ],
          snippets: snippetSet('errors/processing/spot-new-order-rejected/put-stop-right-side', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT' }),
        },
      ],
    },
    {
      id: 'would-take',
      title: 'A LIMIT_MAKER order would have traded immediately',
      why: '"Order would immediately match and take." A post-only (LIMIT_MAKER) BUY priced at or above the best ask, or a SELL at or below the best bid, would take liquidity, so it is refused.',
      fixes: [
        {
          title: 'Price maker orders away from the other side',
          steps: [
            'Read the best bid/ask (GET /api/v3/ticker/bookTicker).',
            'BUY at or below the best bid, SELL at or above the best ask; reprice if the book moved.',
          ],
          snippets: snippetSet('errors/processing/spot-new-order-rejected/price-maker-orders-away', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT' }),
        },
        {
          title: 'Send a plain LIMIT order when post-only is not needed',
          steps: [
            'LIMIT_MAKER (a “limit maker” or post-only order type in a library) exists only to be refused when it would trade at once. If you just want a limit order, send type LIMIT with timeInForce GTC.',
            'A LIMIT order priced through the book fills at once, partly or fully, and pays the taker fee; the rest stays on the book at your price.',
          ],
        },
      ],
    },
    tooManyAlgoOrdersCause,
    {
      id: 'market-closed',
      title: 'The market is not trading',
      why: '"Market is closed." The symbol is halted, in a break, pre-listing or being delisted.',
      fixes: [
        {
          title: 'Check the symbol status',
          steps: [
            'GET /api/v3/exchangeInfo?symbol=… must show status TRADING.',
            'Wait for trading to resume, or remove the symbol from your list.',
          ],
          snippets: snippetSet('snippets/check-symbol-status', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT' }),
        },
      ],
    },
    {
      id: 'duplicate-id',
      title: 'The client order id is already in use',
      why: '"Duplicate order sent." The newClientOrderId you sent belongs to an order that is still open — often the same order sent twice by a retry.',
      fixes: [
        {
          title: 'Look the existing order up; use a new id for a new order',
          steps: [
            'Query GET /api/v3/order with origClientOrderId: the first attempt is probably live.',
            'Give every genuinely new order a fresh id.',
          ],
          snippets: snippetSet('errors/processing/spot-new-order-rejected/look-existing-order-up', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT' }),
        },
      ],
    },
    {
      id: 'feature-off',
      title: 'That order feature is not enabled for this symbol',
      why: 'Messages like "Market orders are not supported for this symbol.", "Iceberg orders…", "Stop loss orders…", "OCO orders…", "Quote order qty market orders…", "Trailing stop orders…", "Pegged orders…" or "Order cancel-replace is not supported…" mean the symbol does not allow it.',
      fixes: [
        {
          title: 'Use a feature the symbol allows',
          steps: [
            'Read orderTypes, ocoAllowed, quoteOrderQtyMarketAllowed, icebergAllowed and similar flags in GET /api/v3/exchangeInfo.',
            'Pick an allowed type (e.g. LIMIT instead of MARKET).',
          ],
          snippets: snippetSet('snippets/check-symbol-status', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT' }),
        },
      ],
    },
    {
      id: 'bad-combination',
      title: 'Order fields in a combination that is not allowed',
      why: '"Unsupported order combination" (type, timeInForce, stopPrice and icebergQty do not fit together) or "IcebergQty exceeds QTY."',
      fixes: [
        {
          title: 'Send the fields the type needs',
          steps: [
            'LIMIT needs timeInForce; MARKET must not have it; STOP_LOSS_LIMIT needs price, stopPrice and timeInForce.',
            'Keep icebergQty below quantity and use it with GTC only.',
          ],
          snippets: snippetSet('snippets/check-symbol-status', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT' }),
        },
      ],
    },
    {
      id: 'account-restricted',
      title: 'The account or symbol is restricted for you',
      why: '"This action is disabled on this account.", "This account may not place or cancel orders.", "This symbol is not permitted for this account." or "This symbol is restricted for this account." The account’s permissions or region do not allow it.',
      fixes: [
        {
          title: 'Check account permissions; contact support',
          steps: [
            'GET /api/v3/account shows canTrade and permissions.',
            'Compare with the symbol’s permissionSets in exchangeInfo.',
            'Account-level blocks can only be lifted by Binance support.',
          ],
          snippets: snippetSet('snippets/check-account-permissions-contact'),
        },
      ],
    },
    {
      id: 'api-trading-off',
      title: 'Trading is not enabled on the server or API you used',
      why: '"Rest API trading is not enabled." / "WebSocket API trading is not enabled." / "FIX API trading is not enabled." The host or interface you used does not accept orders (for example a market-data-only host).',
      fixes: [
        {
          title: 'Send orders to a trading endpoint',
          steps: [
            'Use https://api.binance.com (or the documented api1–api4 hosts) for REST orders.',
            'Check the key has Spot trading enabled (GET /sapi/v1/account/apiRestrictions).',
          ],
          snippets: snippetSet('snippets/check-account-permissions-contact'),
        },
      ],
    },
    {
      id: 'thin-book',
      title: 'Not enough liquidity for a quote-quantity market order',
      why: '"Order book liquidity is less than … minimum quantity." A MARKET order sized with quoteOrderQty cannot run when the book is (almost) empty.',
      fixes: [
        {
          title: 'Wait or use a LIMIT order',
          steps: ['Check the book (GET /api/v3/depth).', 'Retry when liquidity returns, or place a LIMIT order.'],
          snippets: snippetSet('snippets/check-symbol-status', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT' }),
        },
      ],
    },
    {
      id: 'oco-prices',
      title: 'OCO prices in the wrong order',
      why: '"The relationship of the prices for the orders is not correct." For a SELL OCO the limit must be above the last price and the stop below; for a BUY the reverse.',
      fixes: [
        {
          title: 'Order the OCO prices around the last price',
          steps: ['SELL: limit price > last price > stop price. BUY: limit price < last price < stop price.'],
          snippets: snippetSet('errors/processing/spot-new-order-rejected/put-stop-right-side', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT' }),
        },
      ],
    },
    {
      id: 'zero-notional',
      title: 'Price × quantity is zero or the order fails a filter',
      why: '"Price * QTY is zero or less." or a "Filter failure: …" text: the quantity rounded to zero or the order breaks a symbol filter such as MAX_POSITION.',
      fixes: [
        {
          title: 'Check size and filters',
          steps: [
            'Make sure quantity and price are above zero after rounding.',
            'Compare the order with the symbol’s filters (NOTIONAL, LOT_SIZE, MAX_POSITION).',
          ],
          snippets: snippetSet('errors/processing/spot-new-order-rejected/check-size-filters', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT' }),
        },
      ],
    },
  ],
  tree: {
    start: 'msg',
    questions: [
      {
        id: 'msg',
        text: 'What does the message say?',
        options: [
          { value: 'balance', label: '"Account has insufficient balance for requested action."', next: 'balance' },
          { value: 'trigger', label: '"Order would trigger immediately."', ranks: ['would-trigger'] },
          { value: 'take', label: '"Order would immediately match and take."', ranks: ['would-take'] },
          { value: 'closed', label: '"Market is closed."', ranks: ['market-closed'] },
          { value: 'duplicate', label: '"Duplicate order sent."', ranks: ['duplicate-id'] },
          { value: 'feature', label: '"… are not supported for this symbol."', ranks: ['feature-off'] },
          { value: 'combo', label: '"Unsupported order combination" / "IcebergQty exceeds QTY."', ranks: ['bad-combination'] },
          { value: 'account', label: 'Something about this account or symbol not being permitted', ranks: ['account-restricted'] },
          { value: 'server', label: '"… API trading is not enabled."', ranks: ['api-trading-off', 'account-restricted'] },
          { value: 'liquidity', label: '"Order book liquidity is less than …"', ranks: ['thin-book'] },
          { value: 'oco', label: '"The relationship of the prices for the orders is not correct."', ranks: ['oco-prices'] },
          { value: 'algo', label: '"Filter failure: MAX_NUM_ALGO_ORDERS" (or EXCHANGE_MAX_NUM_ALGO_ORDERS)', ranks: ['too-many-algo-orders', 'zero-notional'] },
          { value: 'zero', label: '"Price * QTY is zero or less." or a "Filter failure"', ranks: ['zero-notional'] },
          {
            value: 'other',
            label: 'Only "NEW_ORDER_REJECTED" or something else',
            ranks: ['insufficient-balance', 'would-take', 'would-trigger', 'feature-off'],
          },
        ],
        auto: spotRejectReason,
      },
      {
        id: 'balance',
        text: 'Was the order sized to (nearly) your whole free balance?',
        options: [
          { value: 'all', label: 'Yes, all or almost all of it', ranks: ['sized-without-headroom', 'insufficient-balance'] },
          { value: 'part', label: 'No, or I am not sure where the funds are', ranks: ['insufficient-balance', 'sized-without-headroom'] },
        ],
      },
    ],
  },
};

export default knowledge;
