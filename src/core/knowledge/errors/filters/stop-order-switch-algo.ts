/** Knowledge of -4120 STOP_ORDER_SWITCH_ALGO. */
import { snippetSet } from '../../snippet-set';
import { algoOnlyType } from '../../rules/algo-only-type';
import { batchOrdersEndpoint } from '../../rules/batch-orders-endpoint';
import { rawHttpOrLibrary } from '../../rules/raw-http-or-library';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4120'],
  meaning: 'Since 2025-12-09 conditional orders (STOP_MARKET, TAKE_PROFIT_MARKET, STOP, TAKE_PROFIT, TRAILING_STOP_MARKET) are no longer accepted on the normal order endpoints; they must be placed through the Algo Order API (POST /fapi/v1/algoOrder). Nothing was placed.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was placed — so the stop or take-profit you wanted does NOT exist. Place it through the Algo Order endpoint (or upgrade your library) before relying on it; resending to the old endpoint fails every time.',
  },
  causes: [
    {
      id: 'conditional-on-order-endpoint',
      title: 'Your code sends a conditional type to POST /fapi/v1/order',
      why: 'Binance moved conditional orders to the Algo service. The old endpoint now rejects those five types; the new one takes algoType=CONDITIONAL and triggerPrice (instead of stopPrice), returns an algoId, and reports changes as ALGO_UPDATE events.',
      fixes: [
        {
          title: 'Send conditional orders to the Algo Order endpoint',
          steps: [
            'POST /fapi/v1/algoOrder with algoType=CONDITIONAL, type, side, triggerPrice (and quantity, or closePosition=true).',
            'Query them with GET /fapi/v1/algoOrder (algoId or clientAlgoId) or GET /fapi/v1/openAlgoOrders; cancel with DELETE /fapi/v1/algoOrder.',
            'Untriggered conditional orders can no longer be modified: cancel and place again. There is no margin check until they trigger.',
            'Listen for ALGO_UPDATE on the user-data stream.',
          ],
          snippets: snippetSet('errors/filters/stop-order-switch-algo/send-conditional-orders-algo', { symbol: 'BTCUSDT' }),
        },
      ],
    },
    {
      id: 'old-library-version',
      title: 'Your library version still sends conditional orders to /fapi/v1/order',
      why: 'Libraries released before the migration build STOP_MARKET etc. as normal orders. Newer releases route them to the Algo endpoint or add a method for it: python-binance from 1.0.33, ccxt from 4.5.27 (freqtrade’s fix needs it), go-binance’s algo order service (added after its issue #783), the sieblyio binance package’s submitNewAlgoOrder, the PHP package linwj/binance since January 2026. The old binance-futures-connector-python has no algo method at all.',
      fixes: [
        {
          title: 'Upgrade, or call the Algo endpoint yourself',
          steps: [
            'Upgrade the library (pip install -U python-binance / ccxt; npm update ccxt) and re-test on the testnet.',
            'With binance-futures-connector-python, sign the POST /fapi/v1/algoOrder call yourself, or move to the current Binance SDK.',
            'Check afterwards that cancel/query code also uses the algo endpoints: the old ones will not find these orders.',
          ],
          snippets: snippetSet('errors/filters/stop-order-switch-algo/send-conditional-orders-algo', { symbol: 'BTCUSDT' }),
        },
      ],
    },
    {
      id: 'batch-orders',
      title: 'Conditional orders inside POST /fapi/v1/batchOrders',
      why: 'The batch endpoint rejects the conditional types too; a bracket (entry + stop + take-profit) sent as one batch now fails for the stop and take-profit legs.',
      fixes: [
        {
          title: 'Place the entry normally and the protective orders on the Algo endpoint',
          steps: [
            'Send the entry order (batch or single).',
            'Send each stop / take-profit with POST /fapi/v1/algoOrder.',
            'Check each element of a batch reply: some may have succeeded.',
          ],
          snippets: snippetSet('errors/filters/stop-order-switch-algo/send-conditional-orders-algo', { symbol: 'BTCUSDT' }),
        },
      ],
    },
  ],
  tree: {
    start: 'endpoint',
    questions: [
      {
        id: 'endpoint',
        text: 'Which endpoint did the request go to?',
        options: [
          { value: 'batch', label: 'POST /fapi/v1/batchOrders', ranks: ['batch-orders', 'old-library-version'] },
          { value: 'single', label: 'POST /fapi/v1/order (or /dapi/v1/order)', next: 'order-type' },
          { value: 'unknown', label: 'I can’t tell', next: 'order-type' },
        ],
        auto: batchOrdersEndpoint,
      },
      {
        id: 'order-type',
        text: 'Was the order one of STOP_MARKET, TAKE_PROFIT_MARKET, STOP, TAKE_PROFIT or TRAILING_STOP_MARKET?',
        options: [
          { value: 'conditional', label: 'Yes, a conditional type', next: 'who-builds' },
          { value: 'plain', label: 'No / not that I know', ranks: ['old-library-version', 'batch-orders', 'conditional-on-order-endpoint'] },
        ],
        auto: algoOnlyType,
      },
      {
        id: 'who-builds',
        text: 'Do you build the HTTP request yourself, or call a library’s create-order method?',
        options: [
          {
            value: 'library',
            label: 'A library method (python-binance, ccxt, a connector, a framework)',
            ranks: ['old-library-version', 'conditional-on-order-endpoint'],
          },
          { value: 'own', label: 'My own HTTP code', ranks: ['conditional-on-order-endpoint', 'batch-orders'] },
        ],
        auto: rawHttpOrLibrary,
      },
    ],
  },
};

export default knowledge;
