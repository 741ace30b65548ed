/** Question shared by -4054 and -4051: is a margin change missing positionSide in Hedge Mode? */
import type { Question } from '../types';

/** The question, with the error's own "margin is really short" cause ranked where positionSide is not the problem. */
export function hedgeMarginSideQuestion(ownCause: string): Question {
  return {
    id: 'hedge',
    text: 'Is the account in Hedge Mode (GET /fapi/v1/positionSide/dual says dualSidePosition=true), and what positionSide did the margin call send?',
    options: [
      { value: 'hedge-no-side', label: 'Hedge Mode, and no positionSide (or BOTH)', ranks: ['hedge-margin-without-position-side', ownCause] },
      { value: 'hedge-side', label: 'Hedge Mode, with LONG or SHORT', ranks: [ownCause, 'hedge-margin-without-position-side'] },
      { value: 'oneway', label: 'One-way Mode', ranks: [ownCause] },
    ],
  };
}
