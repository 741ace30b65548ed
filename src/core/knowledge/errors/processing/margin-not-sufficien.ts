/** Knowledge of -2019 MARGIN_NOT_SUFFICIEN. */
import { snippetSet } from '../../snippet-set';
import { coinMarginedContract } from '../../rules/coin-margined-contract';
import { unitLeverage } from '../../rules/unit-leverage';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-2019'],
  meaning: 'Your futures account does not have enough free margin for this order. The order was refused; nothing was placed.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was placed. Free up or add margin, lower the size, or raise the leverage, then send again.',
  },
  causes: [
    {
      id: 'funds-in-spot',
      title: 'The money is in the Spot (or Funding) wallet, not the futures wallet',
      why: 'Futures orders can only use the balance of the futures wallet of that product (USD-M or COIN-M). USDT in Spot or Funding does not count.',
      fixes: [
        {
          title: 'Transfer to the futures wallet',
          steps: [
            'Move funds with POST /sapi/v1/asset/transfer (type MAIN_UMFUTURE for USD-M, MAIN_CMFUTURE for COIN-M).',
            'Check availableBalance afterwards (GET /fapi/v3/account).',
          ],
          snippets: snippetSet('snippets/transfer-futures-wallet'),
        },
      ],
    },
    {
      id: 'margin-in-use',
      title: 'Available balance is already tied up by positions and open orders',
      why: 'availableBalance, not the wallet balance, is what a new order can use. Open orders reserve margin, and in cross mode losses on other positions reduce it.',
      fixes: [
        {
          title: 'Compare availableBalance with what the order needs',
          steps: [
            'Read availableBalance (GET /fapi/v3/account; COIN-M GET /dapi/v1/account).',
            'Cancel stale open orders or reduce positions to free margin.',
          ],
          snippets: snippetSet('errors/processing/margin-not-sufficien/compare-availablebalance-what-order', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'leverage-too-low',
      title: 'The symbol’s leverage is lower than your sizing assumes',
      why: 'Initial margin = notional ÷ leverage. If the symbol is still at 1x or 5x (or the set-leverage call failed quietly), the order needs far more margin than planned.',
      fixes: [
        {
          title: 'Set and confirm the leverage before sizing',
          steps: [
            'Set it with POST /fapi/v1/leverage and read it back (GET /fapi/v1/symbolConfig; COIN-M GET /dapi/v1/positionRisk).',
            'Size from the leverage Binance reports, not from your config.',
          ],
          snippets: snippetSet('snippets/set-confirm-leverage-sizing', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'no-headroom',
      title: 'Sized to the last cent without room for fees and price moves',
      why: 'Margin checks include the fee and use the current price; market orders and volatile moments need more than a naive notional ÷ leverage.',
      fixes: [
        {
          title: 'Leave a buffer',
          steps: ['Size to about 95% of what availableBalance allows.', 'Round the quantity down to the step, never up.'],
          snippets: snippetSet('errors/processing/margin-not-sufficien/compare-availablebalance-what-order', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'wrong-margin-asset',
      title: 'Your margin is in another asset',
      why: 'USDC-margined symbols need USDC (or Multi-Assets mode); USDT symbols need USDT unless Multi-Assets mode is on; COIN-M contracts are margined in the coin itself (BTC for BTCUSD_PERP).',
      fixes: [
        {
          title: 'Hold the margin asset, or enable Multi-Assets mode',
          steps: [
            'Check the symbol’s marginAsset in exchangeInfo.',
            'Transfer or convert into it, or turn on Multi-Assets mode (POST /fapi/v1/multiAssetsMargin) where that fits your risk.',
          ],
          snippets: snippetSet('errors/processing/margin-not-sufficien/hold-margin-asset-enable'),
        },
      ],
    },
    {
      id: 'isolated-margin',
      title: 'Isolated mode: other positions’ profit does not help',
      why: 'In isolated mode each position has its own margin. Unrealised profit elsewhere is not usable, and only the free wallet balance backs a new order.',
      fixes: [
        {
          title: 'Check the margin type and what backs the order',
          steps: [
            'Read marginType in GET /fapi/v1/symbolConfig (COIN-M GET /dapi/v1/positionRisk).',
            'Add funds, close positions, or switch to cross (POST /fapi/v1/marginType; only with no open orders or position on the symbol).',
          ],
          snippets: snippetSet('errors/processing/margin-not-sufficien/compare-availablebalance-what-order', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
  ],
  tree: {
    start: 'wallet',
    questions: [
      {
        id: 'wallet',
        text: 'Is the money in your futures wallet (not Spot or Funding)?',
        options: [
          { value: 'spot', label: 'No, it is in Spot or Funding', ranks: ['funds-in-spot'] },
          { value: 'futures', label: 'Yes, in the futures wallet', next: 'available' },
          { value: 'unsure', label: 'Not sure', ranks: ['funds-in-spot', 'margin-in-use'] },
        ],
      },
      {
        id: 'available',
        text: 'Is availableBalance much smaller than your wallet balance?',
        help: 'GET /fapi/v3/account shows both. A big gap means open orders or positions hold the margin.',
        options: [
          { value: 'yes', label: 'Yes, most of it is in use', ranks: ['margin-in-use', 'isolated-margin'] },
          { value: 'no', label: 'No, most of it is available', next: 'asset' },
        ],
      },
      {
        id: 'asset',
        text: 'Is your balance in the asset this symbol is margined in?',
        options: [
          {
            value: 'different',
            label: 'No (e.g. USDT but the symbol is USDC-margined, or a COIN-M contract)',
            ranks: ['wrong-margin-asset'],
          },
          { value: 'same', label: 'Yes', next: 'leverage' },
        ],
        auto: coinMarginedContract,
      },
      {
        id: 'leverage',
        text: 'Is the leverage on Binance for this symbol what your sizing assumes?',
        options: [
          { value: 'lower', label: 'It is lower, or I never set it', ranks: ['leverage-too-low'] },
          { value: 'same', label: 'Yes, it matches', ranks: ['no-headroom', 'isolated-margin', 'margin-in-use'] },
        ],
        auto: unitLeverage,
      },
    ],
  },
};

export default knowledge;
