/** Cause shared by -1128 (every product and USD-M): optional parameters in a forbidden combination */
import type { Cause } from '../types';

export const badComboCause: Cause = {
  id: 'bad-combo',
  title: 'Optional parameters in a forbidden combination',
  why: 'Examples: orderId together with startTime/endTime on trade history, fromId with a time range, or on Spot one field of a pair that must travel together.',
  fixes: [
    {
      title: 'Send an allowed combination',
      steps: [
        'Read the endpoint page for which optional fields exclude or require each other.',
        'Spot messages name the fields: send both, or neither.',
      ],
    },
  ],
};
