/** Knowledge of pm:51122 PM_FUNCTION_NOT_SUPPORTED. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['pm:51122'],
  meaning: 'This function is not available to Portfolio Margin accounts.',
  retry: {
    verdict: 'never-retry',
    outcome: 'rejected',
    advice: 'Do not retry: Portfolio Margin accounts cannot use this function. Use the /papi/ equivalent if one exists.',
  },
  causes: [
    {
      id: 'pm-not-supported',
      title: 'A classic-account function called from a Portfolio Margin account',
      why: 'Some margin and futures endpoints are for classic accounts only; Portfolio Margin accounts have their own /papi/ endpoints.',
      fixes: [
        {
          title: 'Use the Portfolio Margin API',
          steps: ['Find the matching /papi/ endpoint (e.g. POST /papi/v1/margin/order, POST /papi/v1/um/order).', 'Or do the action from the app.'],
        },
      ],
    },
  ],
};

export default knowledge;
