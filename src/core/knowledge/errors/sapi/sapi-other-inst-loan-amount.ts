/**
 * Knowledge of the Institutional Loan borrow/repay amount codes: sapi:-27000, -27009, -27011, -27012, -27014,
 * -27015, -27016.
 */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:-27000', 'sapi:-27009', 'sapi:-27011', 'sapi:-27012', 'sapi:-27014', 'sapi:-27015', 'sapi:-27016'],
  meaning:
    'An Institutional Loan borrow or repayment (POST /sapi/v1/margin/loan-group/borrow or /repay) was refused for its amount or input: invalid input (-27000), more than the risk unit may borrow (-27009), not enough available margin (-27012), nothing owed to repay (-27011), not enough of the asset to repay with (-27015), not enough in the lending account (-27014), or too many decimals (-27016). Nothing was borrowed or repaid.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was borrowed or repaid. Resending the same amount fails the same way: read the risk unit’s limits and liabilities, then send an amount that fits them, rounded to the asset’s precision.',
  },
  causes: [
    {
      id: 'inst-loan-over-max-borrowable',
      title: 'The borrow is larger than the risk unit may borrow (-27009, -27012)',
      why: 'What the credit account may borrow depends on the risk unit’s total net equity, maintenance margin and LTV, adjusted by collateral ratios; the message states the maximum (or the available margin) next to what you asked for.',
      fixes: [
        {
          title: 'Borrow within the current maximum',
          steps: [
            'Read the maximum with GET /sapi/v1/margin/loan-group/max-borrowable (asset) or maxAllowedBorrowLimit in GET /sapi/v1/margin/loan-group/ltv-details.',
            'Borrow at most that, or add collateral to the risk unit first.',
          ],
        },
      ],
    },
    {
      id: 'inst-loan-repay-mismatch',
      title: 'The repayment does not match what is owed or held (-27011, -27015)',
      why: 'A repayment needs an outstanding liability in that asset, and it (like a transfer out) needs enough of the asset in the account it takes from; the amount actually repaid is the smaller of what you send and what is available.',
      fixes: [
        {
          title: 'Repay what is owed, from funds that are there',
          steps: [
            'Read liabilities (principal and interest per asset) from GET /sapi/v1/margin/loan-group/ltv-details.',
            'Put enough of that asset in the credit account, then repay with POST /sapi/v1/margin/loan-group/repay.',
          ],
        },
      ],
    },
    {
      id: 'inst-loan-input-format',
      title: 'The input is malformed or too precise (-27000, -27016)',
      why: 'groupId must be a number, assetName one of the assets the unit can borrow (such as USDT or USDC), and amount a positive decimal within the asset’s precision.',
      fixes: [
        {
          title: 'Send clean values',
          steps: ['Send groupId as listed, an upper-case asset name, and the amount as a plain decimal rounded down to the asset’s precision.'],
        },
      ],
    },
    {
      id: 'inst-loan-lending-short',
      title: 'The lending side has not enough of the asset right now (-27014)',
      why: 'Institutional loans are funded from a lending account; when it runs short of the asset, borrows of it are refused until it is topped up.',
      fixes: [
        {
          title: 'Borrow less or another asset, or ask your contact',
          steps: ['Try a smaller amount or another borrowable asset, and contact your Binance institutional manager if it persists.'],
        },
      ],
    },
  ],
};

export default knowledge;
