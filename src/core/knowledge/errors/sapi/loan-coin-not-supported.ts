/**
 * Knowledge of the Crypto Loans coin-eligibility codes: sapi:-10007/-10008 COIN_NOT_LOANABLE, -10009/-10010
 * COIN_NOT_COLLATERAL, -10019 CONFIG_NOT_EXIST, -10042/-10043 ASSET_NOT_SUPPORTED, -10047 REGION_NOT_SUPPORTED.
 */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:-10007', 'sapi:-10008', 'sapi:-10009', 'sapi:-10010', 'sapi:-10019', 'sapi:-10042', 'sapi:-10043', 'sapi:-10047'],
  meaning:
    'A Crypto Loans request named a coin the loan service will not use in that role: it cannot be borrowed (-10007, -10008, -10042), cannot be pledged as collateral (-10009, -10010), the pair has no loan configuration (-10019), borrowing it is paused for now (-10043), or it is not offered where you live (-10047). Nothing was borrowed or pledged.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was done. Resending with the same coins fails the same way: check the current lists of loanable and collateral coins, then choose coins that are on them (or wait if borrowing is only paused).',
  },
  causes: [
    {
      id: 'loan-coin-not-loanable',
      title: 'The loan coin is not on the list of borrowable coins',
      why: 'Only the coins in the loanable list can be borrowed, and the list changes: coins are added, removed before a delisting, or offered only in one kind of loan (flexible vs fixed-term). Swapping loanCoin and collateralCoin by mistake gives the same answer.',
      fixes: [
        {
          title: 'Pick a coin from the loanable list',
          steps: [
            'Read the coins you can borrow from GET /sapi/v2/loan/flexible/loanable/data (loanCoin=… to check one).',
            'Check that loanCoin is the coin you want to receive and collateralCoin the one you pledge.',
          ],
        },
      ],
    },
    {
      id: 'loan-coin-not-collateral',
      title: 'The collateral coin cannot be pledged',
      why: 'Only the coins in the collateral list can secure a loan; stablecoins you want to borrow, newly listed coins and coins being delisted are often not on it. A coin can be collateral for one loan product and not for another.',
      fixes: [
        {
          title: 'Pledge a coin from the collateral list',
          steps: [
            'Read the accepted collateral and its LTV levels from GET /sapi/v2/loan/flexible/collateral/data (collateralCoin=… to check one).',
            'Convert to an accepted collateral coin first if needed.',
          ],
        },
      ],
    },
    {
      id: 'loan-coin-paused',
      title: 'Borrowing the coin is paused for now (-10043)',
      why: 'Binance pauses new borrowing of a coin for a while — when its lending pool runs low, during a network upgrade, or ahead of a delisting. Existing loans keep running and can be repaid.',
      fixes: [
        {
          title: 'Wait or borrow another coin',
          steps: [
            'Check Binance’s announcements for the coin, and borrow another loanable coin meanwhile.',
            'Try again later; the coin stays in the loanable list while the pause is temporary.',
          ],
        },
      ],
    },
    {
      id: 'loan-region-restricted',
      title: 'The coin is not offered in your country (-10047)',
      why: 'Local regulation removes some coins, or lending altogether, for accounts verified in certain countries. This cannot be changed from the API.',
      fixes: [
        {
          title: 'Use a coin offered to your account',
          steps: [
            'Check in the app which coins Crypto Loans offers to your account; borrow or pledge only those.',
          ],
        },
      ],
    },
  ],
  tree: {
    start: 'coin',
    questions: [
      {
        id: 'coin',
        text: 'Which coin does the refusal concern?',
        help: 'The message names the role: “not loanable” / “borrowing … not supported” is the loan coin; “collateral” is the pledged coin; “your location” is a regional restriction.',
        options: [
          { value: 'loan', label: 'The coin I want to borrow', next: 'listed' },
          { value: 'collateral', label: 'The coin I pledge as collateral', ranks: ['loan-coin-not-collateral', 'loan-coin-not-loanable'] },
          { value: 'region', label: 'The message mentions my location or local regulations', ranks: ['loan-region-restricted'] },
          { value: 'not-sure', label: 'Not sure', ranks: ['loan-coin-not-loanable', 'loan-coin-not-collateral', 'loan-coin-paused', 'loan-region-restricted'] },
        ],
      },
      {
        id: 'listed',
        text: 'Does GET /sapi/v2/loan/flexible/loanable/data list that coin?',
        options: [
          { value: 'listed', label: 'Yes, it is listed', ranks: ['loan-coin-paused', 'loan-region-restricted'] },
          { value: 'missing', label: 'No, it is not there', ranks: ['loan-coin-not-loanable'] },
          { value: 'not-sure', label: 'Not sure', ranks: ['loan-coin-not-loanable', 'loan-coin-paused'] },
        ],
      },
    ],
  },
};

export default knowledge;
