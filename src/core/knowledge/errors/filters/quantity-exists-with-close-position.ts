/** Knowledge of -4137 QUANTITY_EXISTS_WITH_CLOSE_POSITION. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4137'],
  meaning: 'With closePosition=true you must not send a quantity: the order closes whatever the position is.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing was placed. Drop quantity (or drop closePosition) and resend.' },
  causes: [
    {
      id: 'qty-with-close-position',
      title: 'quantity sent together with closePosition=true',
      why: 'closePosition already means “all of it”, so a quantity contradicts it.',
      fixes: [
        {
          title: 'Send one or the other',
          steps: [
            'For close-all stops: closePosition=true without quantity.',
            'For partial exits: quantity with reduceOnly=true, without closePosition.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
