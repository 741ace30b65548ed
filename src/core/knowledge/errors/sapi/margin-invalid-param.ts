/** Knowledge of sapi:-3026 VALIDATION_FAILED ("Your input param is invalid."). */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:-3026'],
  meaning:
    'A margin endpoint received a parameter with a value it does not accept — a wrong enum, a missing companion parameter, or an amount it cannot use. Nothing was borrowed, repaid, moved or placed.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing happened. Resending the same parameters fails the same way: compare each with the endpoint’s documentation, fix the odd one out, then send again.',
  },
  causes: [
    {
      id: 'wrong-enum-value',
      title: 'A value outside the allowed list',
      why: 'Margin endpoints take exact words: type BORROW or REPAY, isIsolated TRUE or FALSE, sideEffectType NO_SIDE_EFFECT / MARGIN_BUY / AUTO_REPAY / AUTO_BORROW_REPAY, transfer types such as MAIN_MARGIN. Lower case, a typo or a value from another endpoint fails validation.',
      fixes: [
        {
          title: 'Send the documented words',
          steps: [
            'Check each enum against the endpoint’s page (e.g. POST /sapi/v1/margin/borrow-repay, POST /sapi/v1/margin/order).',
            'Log the final query string your library sends; wrappers sometimes translate or drop values.',
          ],
        },
      ],
    },
    {
      id: 'isolated-without-symbol',
      title: 'Isolated margin without its symbol (or the reverse)',
      why: 'Isolated requests need isIsolated=TRUE together with the pair’s symbol; sending the symbol without the flag, or the flag without the symbol, does not validate.',
      fixes: [
        {
          title: 'Send the isolated pair consistently',
          steps: [
            'For an isolated pair send isIsolated=TRUE and symbol=<PAIR>; for cross margin leave both out (or isIsolated=FALSE).',
            'Check the pair is enabled in GET /sapi/v1/margin/isolated/account.',
          ],
        },
      ],
    },
    {
      id: 'bad-amount-format',
      title: 'An amount that is zero, negative or badly formatted',
      why: 'Amounts sent as 0, as negative numbers, in scientific notation or with more decimals than the asset allows are rejected before any balance check.',
      fixes: [
        {
          title: 'Send a positive decimal string at the asset’s precision',
          steps: [
            'Format amounts as plain decimal strings, rounded down to the asset’s precision, and skip the call when the amount is zero.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
