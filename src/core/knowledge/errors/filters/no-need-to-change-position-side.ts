/** Knowledge of -4059 NO_NEED_TO_CHANGE_POSITION_SIDE. */
import { snippetSet } from '../../snippet-set';
import { frameworkLibrary } from '../../rules/framework-library';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4059'],
  meaning: 'You asked to switch the position mode (Hedge vs One-way) to the mode the account is already in. Nothing needed to change: this is a success reply.',
  retry: {
    verdict: 'nothing-to-do',
    outcome: 'no-change',
    advice: 'Nothing to do: the account is already in the position mode you asked for. Do not retry; stop logging it as an error.',
  },
  causes: [
    {
      id: 'set-on-every-start',
      title: 'Your bot sets the position mode at every start',
      why: 'Many bots (and frameworks such as Hummingbot) call POST /fapi/v1/positionSide/dual on start-up; every start after the first gets -4059.',
      fixes: [
        {
          title: 'Read the mode first and only change it when it differs',
          steps: [
            'Call GET /fapi/v1/positionSide/dual and compare dualSidePosition with what you want.',
            'Only POST a change when they differ — and only when there are no open orders or positions (USD-M and COIN-M share the setting).',
            'Or catch code -4059 and treat it as success.',
          ],
          snippets: snippetSet('snippets/read-mode-first-only'),
        },
      ],
    },
    {
      id: 'library-wrapper',
      title: 'A library or framework call that sets the mode for you',
      why: 'ccxt’s set_position_mode, and framework start-up code, send the change without checking first; ccxt reports -4059 as an OperationRejected error.',
      fixes: [
        {
          title: 'Check before calling, or catch and ignore -4059',
          steps: [
            'Read the current mode with fapiPrivateGetPositionSideDual (ccxt) / futures_get_position_mode (python-binance) before calling the setter.',
            'If you cannot change the framework, filter -4059 out of your alerts.',
          ],
          snippets: snippetSet('snippets/read-mode-first-only'),
        },
      ],
    },
    {
      id: 'expected-a-change',
      title: 'You expected the mode to change, but it was already that mode',
      why: 'If you wanted to switch, the account is already there: check the dualSidePosition value you send ("true" = Hedge Mode, "false" = One-way Mode).',
      fixes: [
        {
          title: 'Confirm the current mode',
          steps: ['Read GET /fapi/v1/positionSide/dual.', 'Make sure you send "true" for Hedge Mode and "false" for One-way Mode.'],
          snippets: snippetSet('snippets/read-mode-first-only'),
        },
      ],
    },
  ],
  tree: {
    start: 'goal',
    questions: [
      {
        id: 'goal',
        text: 'What do you need: to stop this showing up in your logs, or did you expect the mode to change?',
        options: [
          { value: 'quiet', label: 'Stop it cluttering my logs', next: 'library' },
          { value: 'expected', label: 'I expected it to change', ranks: ['expected-a-change', 'set-on-every-start'] },
        ],
      },
      {
        id: 'library',
        text: 'Does your own code call the position-mode endpoint, or does a library/framework do it for you?',
        options: [
          { value: 'own', label: 'My own code', ranks: ['set-on-every-start', 'library-wrapper'] },
          {
            value: 'framework',
            label: 'A library or framework (ccxt, Hummingbot, freqtrade …)',
            ranks: ['library-wrapper', 'set-on-every-start'],
          },
        ],
        auto: frameworkLibrary,
      },
    ],
  },
};

export default knowledge;
