/** Knowledge of -4168 JOINT_MARGIN_REJECT_WITH_ISOLATED. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4168'],
  meaning: 'You cannot switch a symbol to isolated margin while the account is in Multi-Assets mode.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing changed. Turn Multi-Assets mode off first, or keep cross margin.' },
  causes: [
    {
      id: 'multi-assets-on',
      title: 'Multi-Assets mode forbids isolated margin',
      why: 'In Multi-Assets mode all symbols must use cross margin.',
      fixes: [
        {
          title: 'Choose one',
          steps: [
            'Turn off Multi-Assets mode (POST /fapi/v1/multiAssetsMargin with multiAssetsMargin=false), then set ISOLATED.',
            'Or stay cross.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
