/** Knowledge of -4220 CANNOT_CHANGE_DUAL_SIDE. */
import { snippetSet } from '../../snippet-set';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4220'],
  meaning: 'The COIN-M position mode must be the same as the USD-M one, so this change was refused.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing changed. Change the mode on USD-M (it applies to both), with no open orders or positions on either.',
  },
  causes: [
    {
      id: 'cm-um-mode-shared',
      title: 'COIN-M and USD-M share one position mode',
      why: 'Binance keeps a single Hedge/One-way setting for both products; changing only the COIN-M side is refused.',
      fixes: [
        {
          title: 'Change both together',
          steps: [
            'Close positions and cancel orders on USD-M and COIN-M.',
            'Change the mode with POST /fapi/v1/positionSide/dual (it syncs COIN-M).',
          ],
          snippets: snippetSet('snippets/read-mode-first-only'),
        },
      ],
    },
  ],
};

export default knowledge;
