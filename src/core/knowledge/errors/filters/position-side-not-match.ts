/** Knowledge of -4061 POSITION_SIDE_NOT_MATCH. */
import { snippetSet } from '../../snippet-set';
import { sentPositionSide } from '../../rules/sent-position-side';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4061'],
  meaning: 'The order’s positionSide does not fit the account’s position mode. In Hedge Mode every order must say LONG or SHORT; in One-way Mode it must say BOTH or nothing.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was placed. Find out which mode the account is in (GET /fapi/v1/positionSide/dual), send the matching positionSide, then place the order again.',
  },
  causes: [
    {
      id: 'hedge-without-side',
      title: 'Account in Hedge Mode, order sent without positionSide or with BOTH',
      why: 'In Hedge Mode longs and shorts are separate positions, so Binance needs to know which one an order belongs to. Code written for One-way Mode sends no positionSide (or BOTH).',
      fixes: [
        {
          title: 'Send LONG or SHORT in Hedge Mode',
          steps: [
            'Read dualSidePosition (GET /fapi/v1/positionSide/dual) at start-up and after this error.',
            'Hedge Mode pairs: open long BUY+LONG, close long SELL+LONG, open short SELL+SHORT, close short BUY+SHORT.',
            'Do not send reduceOnly in Hedge Mode: positionSide already says what you are closing.',
          ],
          snippets: snippetSet('snippets/send-both-long-short', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
        {
          title: 'Or switch the account to One-way Mode',
          steps: [
            'Cancel all open orders and close all positions on USD-M and COIN-M (they share the setting).',
            'POST /fapi/v1/positionSide/dual with dualSidePosition=false.',
          ],
          snippets: snippetSet('snippets/read-mode-first-only'),
        },
      ],
    },
    {
      id: 'oneway-with-long-short',
      title: 'Account in One-way Mode, order sent with LONG or SHORT',
      why: 'In One-way Mode there is a single net position per symbol, so only BOTH (or no positionSide) is valid. Code or a library option written for Hedge Mode still sends LONG/SHORT.',
      fixes: [
        {
          title: 'Drop positionSide (or send BOTH) in One-way Mode',
          steps: [
            'Read dualSidePosition first.',
            'When it is false, omit positionSide and use reduceOnly=true for closing orders.',
            'Or switch the account to Hedge Mode if your strategy needs both sides.',
          ],
          snippets: snippetSet('snippets/send-both-long-short', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'mode-changed-elsewhere',
      title: 'The mode was changed outside the bot',
      why: 'The position mode is an account setting. Switching it in the app or web UI (or from another bot) after your bot read it leaves the bot sending the old style. USD-M and COIN-M share one setting, so a change made for one affects the other.',
      fixes: [
        {
          title: 'Read the mode at start-up and again after -4061',
          steps: ['Never assume the mode; read it on start and whenever -4061 appears.', 'Agree with anyone sharing the account on one mode.'],
          snippets: snippetSet('snippets/send-both-long-short', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'library-option-mismatch',
      title: 'A library option says Hedge Mode but the account is not (or the reverse)',
      why: 'Some libraries have their own hedge-mode flag (ccxt’s hedged option, framework settings). Setting it does not change the account: both must agree.',
      fixes: [
        {
          title: 'Make the library setting match the account',
          steps: ['Compare your library/framework hedge setting with dualSidePosition.', 'Change one of them so they agree; restart the bot.'],
          snippets: snippetSet('snippets/send-both-long-short', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
  ],
  tree: {
    start: 'sent-side',
    questions: [
      {
        id: 'sent-side',
        text: 'What positionSide did the order carry?',
        options: [{ value: 'none', label: 'None / BOTH', next: 'is-hedge' }, { value: 'longshort', label: 'LONG or SHORT', next: 'is-oneway' }],
        auto: sentPositionSide,
      },
      {
        id: 'is-hedge',
        text: 'Is the account in Hedge Mode? (GET /fapi/v1/positionSide/dual → "dualSidePosition": true)',
        options: [
          { value: 'yes', label: 'Yes, Hedge Mode', ranks: ['hedge-without-side', 'mode-changed-elsewhere'] },
          { value: 'no', label: 'No / I don’t know', ranks: ['mode-changed-elsewhere', 'hedge-without-side', 'library-option-mismatch'] },
        ],
      },
      {
        id: 'is-oneway',
        text: 'Is the account in One-way Mode? (GET /fapi/v1/positionSide/dual → "dualSidePosition": false)',
        options: [
          { value: 'yes', label: 'Yes, One-way Mode', ranks: ['oneway-with-long-short', 'library-option-mismatch'] },
          {
            value: 'no',
            label: 'No / I don’t know',
            ranks: ['mode-changed-elsewhere', 'oneway-with-long-short', 'library-option-mismatch'],
          },
        ],
      },
    ],
  },
};

export default knowledge;
