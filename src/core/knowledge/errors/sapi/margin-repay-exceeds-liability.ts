/** Knowledge of sapi:-3015 REPAY_EXCEED_LIABILITY. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:-3015'],
  meaning:
    'You tried to repay a margin loan with more than you owe for that asset (or with an amount that would leave a debt too small to keep). Nothing was repaid.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice:
      'Nothing was repaid. Read what you owe now (borrowed plus interest) and repay that amount or less — or repay all of it in one go — then send once.',
  },
  causes: [
    {
      id: 'repay-more-than-owed',
      title: 'The amount is larger than the debt',
      why: 'Bots often repay the amount they meant to borrow, or a rounded-up figure, while the actual loan is smaller (a partial borrow, an earlier repayment, or an auto-repay order already paid part of it).',
      fixes: [
        {
          title: 'Repay what the account says you owe',
          steps: [
            'Read borrowed and interest for the asset in GET /sapi/v1/margin/account (isolated: GET /sapi/v1/margin/isolated/account with the symbol).',
            'Repay at most borrowed + interest, rounded down to the asset’s precision.',
          ],
        },
      ],
    },
    {
      id: 'already-repaid',
      title: 'The loan was already repaid, or there is none in this wallet',
      why: 'An order with AUTO_BORROW_REPAY, an earlier repay call, or a retry after a time-out may already have cleared it; and a cross-margin repay does not touch an isolated pair’s loan (or the other way round).',
      fixes: [
        {
          title: 'Check the debt before repaying',
          steps: [
            'Skip the repay when borrowed is zero.',
            'For isolated margin, send isIsolated=TRUE and symbol so the repay targets the pair that holds the loan.',
          ],
        },
      ],
    },
    {
      id: 'dust-debt-left',
      title: 'The repayment would leave a tiny leftover debt',
      why: 'The second message of this code says the unpaid rest would be too small: Binance will not keep a debt below its minimum, so a partial repay that leaves a crumb is refused.',
      fixes: [
        {
          title: 'Repay all of it, or leave more',
          steps: [
            'Repay the full debt (borrowed + interest) in one request.',
            'Or repay less, so what remains is above the minimum.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
