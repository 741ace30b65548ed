/**
 * Knowledge of the Algo (TWAP/VP) order-size codes on /sapi/v1/algo/…: sapi:-20194 (duration too short),
 * -20195/-20196 (total size too small/large), -20198 (max open algo orders), -20204 (USD notional out of range).
 */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:-20194', 'sapi:-20195', 'sapi:-20196', 'sapi:-20198', 'sapi:-20204'],
  meaning:
    'An algo order (TWAP or Volume Participation, placed through /sapi/v1/algo/…) was refused for its size or timing: its value is outside the allowed USD range (-20204), its total size is too small (-20195) or too large (-20196), its duration is too short for the quantity (-20194), or you already have the maximum number of open algo orders (-20198). No algo order was created.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was placed. Resending the same order fails the same way: bring its notional and duration within the algo limits, or cancel an open algo order first.',
  },
  causes: [
    {
      id: 'algo-notional-range',
      title: 'The order’s value is outside the algo range (-20204, -20195, -20196)',
      why: 'Futures TWAP/VP orders must be worth more than 1,000 USDT and at most 1,000,000 USDT (quantity × mark price); Spot TWAP orders have a per-symbol maximum of 200,000, 2,000,000 or 10,000,000 USD. Small test orders fall under the floor.',
      fixes: [
        {
          title: 'Size the algo order within the range',
          steps: [
            'Compute quantity × current price and keep it between the limits for the product (futures: 1,000 to 1,000,000 USDT).',
            'Place smaller orders as ordinary orders; split larger ones into several algo orders.',
          ],
        },
      ],
    },
    {
      id: 'algo-duration',
      title: 'The duration does not fit the quantity (-20194)',
      why: 'A TWAP works the quantity off in slices over duration, which must be 300 to 86,400 seconds. For a large quantity a short duration makes the slices too big to execute; each slice must also stay above the symbol’s minimum quantity.',
      fixes: [
        {
          title: 'Lengthen the duration or lower the quantity',
          steps: [
            'Send duration in seconds between 300 and 86400, longer for larger quantities.',
            'Keep quantity × 60 ÷ duration above the symbol’s minimum quantity, so each slice is valid.',
          ],
        },
      ],
    },
    {
      id: 'algo-open-orders-max',
      title: 'Too many algo orders are open (-20198)',
      why: 'An account may have only a limited number of algo orders running at once (30 for futures algo, 20 for Spot TWAP, per the documentation); orders a bot started and forgot about keep counting until they finish or are cancelled.',
      fixes: [
        {
          title: 'Free a slot first',
          steps: [
            'List running orders with GET /sapi/v1/algo/futures/openOrders (Spot: GET /sapi/v1/algo/spot/openOrders).',
            'Cancel one you no longer need with DELETE /sapi/v1/algo/futures/order (or /sapi/v1/algo/spot/order) and its algoId, then place the new one.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
