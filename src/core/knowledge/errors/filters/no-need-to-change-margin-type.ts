/** Knowledge of -4046 NO_NEED_TO_CHANGE_MARGIN_TYPE. */
import { snippetSet } from '../../snippet-set';
import { ccxtLibrary } from '../../rules/ccxt-library';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4046'],
  meaning: 'You asked to switch this symbol to the margin type (CROSSED or ISOLATED) it already has. Nothing needed to change, so this is success in disguise.',
  retry: {
    verdict: 'nothing-to-do',
    outcome: 'no-change',
    advice: 'Nothing to do: the symbol already has the margin type you asked for. Do not retry; just stop treating this reply as an error.',
  },
  causes: [
    {
      id: 'set-on-every-start',
      title: 'Your bot sets the margin type at every start or before every order',
      why: 'Setting margin type defensively is common; from the second call on, Binance answers -4046 because the type is already in place.',
      fixes: [
        {
          title: 'Treat -4046 as success, or read the type first',
          steps: [
            'Catch code -4046 and log it at debug level (or not at all).',
            'Or read the current type (GET /fapi/v1/symbolConfig, or marginType in GET /fapi/v2/positionRisk) and only call POST /fapi/v1/marginType when it differs.',
            'Set it once per symbol at start-up, not before every order.',
          ],
          snippets: snippetSet('errors/filters/no-need-to-change-margin-type/treat-4046-success-read', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'ccxt-raises',
      title: 'ccxt turns this reply into a MarginModeAlreadySet exception',
      why: 'ccxt matches the “No need to change margin type.” message and raises MarginModeAlreadySet (a NoChange error), so a bare try/except around set_margin_mode logs it as a failure.',
      fixes: [
        {
          title: 'Catch MarginModeAlreadySet',
          steps: [
            'Wrap set_margin_mode / setMarginMode and ignore ccxt.MarginModeAlreadySet.',
            'Keep catching other exceptions: they are real failures.',
          ],
          snippets: snippetSet('errors/filters/no-need-to-change-margin-type/treat-4046-success-read', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'expected-a-change',
      title: 'You expected the type to change, but it was already that type',
      why: 'If you meant to switch CROSSED → ISOLATED (or back), the symbol is already on the target: check that your code sends the value you think it sends, and that you are looking at the right symbol and product.',
      fixes: [
        {
          title: 'Read the current type and compare',
          steps: [
            'Read marginType for the symbol.',
            'If it is not what you want, check the marginType value your code sends (CROSSED or ISOLATED, upper case).',
          ],
          snippets: snippetSet('errors/filters/no-need-to-change-margin-type/treat-4046-success-read', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
  ],
  tree: {
    start: 'goal',
    questions: [
      {
        id: 'goal',
        text: 'What do you need: to stop this showing up in your logs, or did you expect the margin type to actually change?',
        options: [
          { value: 'quiet', label: 'Stop it cluttering my logs', next: 'library' },
          { value: 'expected', label: 'I expected it to change', ranks: ['expected-a-change', 'set-on-every-start'] },
        ],
      },
      {
        id: 'library',
        text: 'Do you use ccxt?',
        options: [
          { value: 'ccxt', label: 'Yes (Python or JavaScript)', ranks: ['ccxt-raises', 'set-on-every-start'] },
          { value: 'other', label: 'No, another library or raw HTTP', ranks: ['set-on-every-start', 'expected-a-change'] },
        ],
        auto: ccxtLibrary,
      },
    ],
  },
};

export default knowledge;
