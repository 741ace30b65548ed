/**
 * Knowledge of the Simple Earn balance codes: sapi:-6012 BALANCE_NOT_ENOUGH, -6018 ASSET_NOT_ENOUGH and
 * -6006 DAILY_REDEEM_AMOUNT_ERROR ("Redeem amount error").
 */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:-6012', 'sapi:-6018', 'sapi:-6006'],
  meaning:
    'A Simple Earn subscription or redemption asked to move more than is there: the wallet it pays from does not hold that much of the asset freely (-6012, -6018), or the redemption amount does not fit the position — more than you hold in it, or in a form it does not accept (-6006). Nothing was moved.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was moved. Resending the same amount fails the same way: read the free balance of the wallet you pay from (or the position you redeem from), then send an amount it covers.',
  },
  causes: [
    {
      id: 'earn-wrong-source-wallet',
      title: 'The funds are in another wallet than the one the subscription takes from',
      why: 'A subscription takes from the Spot wallet unless sourceAccount says otherwise (FUND for the Funding wallet, ALL for both). Coins that arrived by deposit, P2P or Pay often sit in Funding, and coins in margin, futures or another Earn product do not count.',
      fixes: [
        {
          title: 'Pay from the wallet that holds the coins',
          steps: [
            'Check the free balance in Spot (GET /api/v3/account) and in Funding (POST /sapi/v1/asset/get-funding-asset).',
            'Send sourceAccount=FUND or ALL on POST /sapi/v1/simple-earn/flexible/subscribe (or /locked/subscribe), or first move the coins with POST /sapi/v1/asset/transfer (type FUNDING_MAIN).',
          ],
        },
      ],
    },
    {
      id: 'earn-balance-locked',
      title: 'Part of the balance is locked or already committed',
      why: 'Only the free amount can be subscribed: coins reserved by open orders, frozen for a withdrawal, or pledged as loan collateral are not available, even though the total balance looks large enough.',
      fixes: [
        {
          title: 'Use the free amount',
          steps: [
            'Compare free with locked for the asset in GET /api/v3/account.',
            'Cancel the orders that hold it, or subscribe only the free amount.',
          ],
        },
      ],
    },
    {
      id: 'earn-amount-rounded-up',
      title: 'The amount is slightly more than the balance (rounding, fees)',
      why: 'An amount computed with floating point, rounded up, or taken from a balance read before a fee or another transfer can exceed what is there by a tiny fraction, which is enough to be refused.',
      fixes: [
        {
          title: 'Round down from a fresh balance',
          steps: [
            'Read the balance immediately before subscribing.',
            'Round the amount down to the asset’s precision and send it as a decimal string.',
          ],
        },
      ],
    },
    {
      id: 'earn-redeem-over-position',
      title: 'The redemption does not fit the position (-6006)',
      why: 'A flexible redemption must be a positive amount no larger than what you hold in that product (rewards still accruing are not part of it, and the part pledged as loan collateral — collateralAmount — cannot be taken out), in the asset’s precision; a locked redemption takes the whole position by positionId. Redeeming a figure read from the wrong product, or the total including rewards, is refused.',
      fixes: [
        {
          title: 'Redeem what the position holds, or all of it',
          steps: [
            'Read totalAmount and collateralAmount for the product in GET /sapi/v1/simple-earn/flexible/position.',
            'Redeem at most totalAmount minus collateralAmount, rounded down, or send redeemAll=true on POST /sapi/v1/simple-earn/flexible/redeem to take all that is free.',
          ],
        },
      ],
    },
  ],
  tree: {
    start: 'action',
    questions: [
      {
        id: 'action',
        text: 'Were you subscribing (putting funds in) or redeeming (taking funds out)?',
        options: [
          { value: 'subscribe', label: 'Subscribing', next: 'wallet' },
          { value: 'redeem', label: 'Redeeming', ranks: ['earn-redeem-over-position', 'earn-amount-rounded-up'] },
          { value: 'not-sure', label: 'Not sure', ranks: ['earn-wrong-source-wallet', 'earn-redeem-over-position', 'earn-balance-locked', 'earn-amount-rounded-up'] },
        ],
      },
      {
        id: 'wallet',
        text: 'Does your Spot wallet (not Funding) hold at least that amount of the asset as a free balance?',
        options: [
          { value: 'no', label: 'No — the coins are in Funding or elsewhere', ranks: ['earn-wrong-source-wallet'] },
          { value: 'yes', label: 'Yes, Spot shows enough', ranks: ['earn-balance-locked', 'earn-amount-rounded-up'] },
          { value: 'not-sure', label: 'Not sure', ranks: ['earn-wrong-source-wallet', 'earn-balance-locked', 'earn-amount-rounded-up'] },
        ],
      },
    ],
  },
};

export default knowledge;
