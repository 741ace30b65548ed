/** Knowledge of -1121 BAD_SYMBOL. */
import { snippetSet } from '../../snippet-set';
import { coinmSymbolShape } from '../../rules/coinm-symbol-shape';
import { spotUsdmOrCoinm } from '../../rules/spot-usdm-or-coinm';
import { usdmSymbolShape } from '../../rules/usdm-symbol-shape';
import { delistedOrTestnetCause } from '../../causes/delisted-or-testnet';
import { futuresSymbolOnSpotCause } from '../../causes/futures-symbol-on-spot';
import { unifiedSymbolCause } from '../../causes/unified-symbol';
import { spotSymbolQuestion } from '../../questions/spot-symbol';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-1121'],
  meaning: 'The symbol is not known on the product you called. Usually it belongs to another product (Spot vs USD-M vs COIN-M), is written in another format, or is no longer listed. Nothing was done.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was done. Send a symbol that the product’s exchangeInfo lists as trading, to that product’s endpoint.',
  },
  causes: [
    futuresSymbolOnSpotCause,
    {
      id: 'coinm-symbol-on-usdm',
      title: 'A COIN-M symbol sent to USD-M',
      why: 'COIN-M contracts are named like BTCUSD_PERP or BTCUSD_260626 and live on /dapi/. USD-M (/fapi/) knows BTCUSDT, not BTCUSD_PERP.',
      fixes: [
        {
          title: 'Send COIN-M symbols to /dapi/',
          steps: [
            'Use GET /dapi/v1/exchangeInfo to check the name and /dapi/v1/order to trade it.',
            'Or trade the USD-M contract BTCUSDT on /fapi/.',
          ],
          snippets: snippetSet('snippets/send-exchange-symbol-id'),
        },
      ],
    },
    {
      id: 'usdm-symbol-on-coinm',
      title: 'A USD-M symbol sent to COIN-M',
      why: 'BTCUSDT is a USD-M contract. COIN-M (/dapi/) needs the coin-margined name, e.g. BTCUSD_PERP. A ccxt default type of "delivery" or python-binance futures_coin_* calls do this.',
      fixes: [
        {
          title: 'Match symbol and product',
          steps: [
            'USD-M: /fapi/ with BTCUSDT. COIN-M: /dapi/ with BTCUSD_PERP.',
            'Check both lists: GET /fapi/v1/exchangeInfo and GET /dapi/v1/exchangeInfo.',
          ],
          snippets: snippetSet('snippets/send-whole-contracts', { symbol: 'BTCUSD_PERP', ccxtSymbol: 'BTC/USD:BTC' }),
        },
      ],
    },
    unifiedSymbolCause,
    delistedOrTestnetCause,
  ],
  tree: {
    start: 'product',
    questions: [
      {
        id: 'product',
        text: 'Which product did the request go to?',
        options: [
          { value: 'spot', label: 'Spot (api.binance.com)', next: 'spot-symbol' },
          { value: 'usdm', label: 'USD-M futures (fapi.binance.com) or Portfolio Margin UM', next: 'usdm-symbol' },
          { value: 'coinm', label: 'COIN-M futures (dapi.binance.com)', next: 'coinm-symbol' },
        ],
        auto: spotUsdmOrCoinm,
      },
      spotSymbolQuestion,
      {
        id: 'usdm-symbol',
        text: 'What does the symbol look like?',
        options: [
          { value: 'coinm', label: 'COIN-M shape: BTCUSD_PERP or BTCUSD_<date>', ranks: ['coinm-symbol-on-usdm'] },
          { value: 'unified', label: 'It has a slash or colon (BTC/USDT:USDT)', ranks: ['unified-symbol'] },
          { value: 'plain', label: 'A plain USD-M name (BTCUSDT)', ranks: ['delisted-or-testnet', 'unified-symbol'] },
        ],
        auto: usdmSymbolShape,
      },
      {
        id: 'coinm-symbol',
        text: 'What does the symbol look like?',
        options: [
          { value: 'usdm', label: 'A USD-M name ending in USDT or USDC', ranks: ['usdm-symbol-on-coinm'] },
          { value: 'unified', label: 'It has a slash or colon (BTC/USD:BTC)', ranks: ['unified-symbol'] },
          { value: 'coinm', label: 'BTCUSD_PERP or a dated contract', ranks: ['delisted-or-testnet'] },
        ],
        auto: coinmSymbolShape,
      },
    ],
  },
};

export default knowledge;
