/**
 * Knowledge of the SAPI withdrawal amount and balance refusals: sapi:-4021 CAPITAL_WITHDRAW_AMOUNT_MULTIPLE,
 * -4022 CAPITAL_WITHDRAW_MIN_AMOUNT, -4023 CAPITAL_WITHDRAW_MAX_AMOUNT, -4024 CAPITAL_WITHDRAW_USER_NO_ASSET,
 * -4025 CAPITAL_WITHDRAW_USER_ASSET_LESS_THAN_ZERO, -4026 CAPITAL_WITHDRAW_USER_ASSET_NOT_ENOUGH,
 * -4028 CAPITAL_WITHDRAW_MORE_THAN_FEE and -4060 CAPITAL_WITHDRAW_USER_ASSET_LOCK_DEPOSIT.
 */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:-4021', 'sapi:-4022', 'sapi:-4023', 'sapi:-4024', 'sapi:-4025', 'sapi:-4026', 'sapi:-4028', 'sapi:-4060'],
  meaning:
    'Binance refused the withdrawal because of its amount: it is not a whole multiple of the network’s step (-4021), below the network’s minimum (-4022), not larger than the withdrawal fee (-4028), or over what the account may withdraw in 24 hours (-4023); or the wallet it draws from does not hold enough of the coin — none at all (-4024), a negative balance (-4025), too little (-4026), or coins still locked because a recent deposit has not reached its required block confirmations (-4060). Nothing was sent.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was sent. Resending the same amount fails the same way: read the coin’s network limits and the free balance of the wallet you withdraw from, then adjust the amount. For -4060, wait until the deposit is fully confirmed (its status in the deposit history changes), then send once.',
  },
  causes: [
    {
      id: 'balance-not-free',
      title: 'The wallet the withdrawal draws from does not hold that much free (-4024, -4025, -4026)',
      why: 'A withdrawal takes from the Spot wallet or the Funding wallet (walletType 0 or 1; without it, the wallet set as your default for deposits). Coins in the other of the two, in open orders, in margin, futures or Earn do not count, and neither does an amount the client computed from a balance read before a trade or fee.',
      fixes: [
        {
          title: 'Withdraw from the wallet that holds the coins',
          steps: [
            'Read free for the coin in GET /sapi/v1/capital/config/getall (or Spot GET /api/v3/account and Funding POST /sapi/v1/asset/get-funding-asset).',
            'Send walletType 0 (Spot) or 1 (Funding) in POST /sapi/v1/capital/withdraw/apply to match where the coins are, or move them first with POST /sapi/v1/asset/transfer (e.g. type FUNDING_MAIN or MAIN_FUNDING).',
            'Cancel orders that lock the coin, or lower the amount to the free balance rounded down.',
          ],
        },
      ],
    },
    {
      id: 'amount-breaks-network-rules',
      title: 'The amount breaks the network’s limits: step, minimum or fee (-4021, -4022, -4028)',
      why: 'Each network of a coin has its own withdrawMin, withdrawIntegerMultiple (the step the amount must be a multiple of) and withdrawFee, which comes out of the amount. An amount with too many decimals, a small test withdrawal, or one taken from another network’s figures fails these checks.',
      fixes: [
        {
          title: 'Size the amount from the network’s own settings',
          steps: [
            'Read withdrawMin, withdrawIntegerMultiple, withdrawFee and withdrawMax for the network you send in GET /sapi/v1/capital/config/getall.',
            'Round the amount down to a multiple of withdrawIntegerMultiple, keep it at or above withdrawMin and clearly above withdrawFee.',
            'Send the amount as a plain decimal string (no float noise such as 0.30000000000000004).',
          ],
        },
      ],
    },
    {
      id: 'withdraw-quota-used',
      title: 'The 24-hour withdrawal limit is used up (-4023)',
      why: 'Withdrawals (on-chain and internal transfers together) count against a rolling 24-hour quota measured in USD, which depends on the account’s verification level, and each network also has a withdrawMax per withdrawal.',
      fixes: [
        {
          title: 'Check the quota and split or wait',
          steps: [
            'Compare wdQuota and usedWdQuota from GET /sapi/v1/capital/withdraw/quota with the value of this withdrawal.',
            'Withdraw what fits now and the rest when earlier withdrawals drop out of the 24-hour window; keep each one under the network’s withdrawMax.',
            'A higher verification level raises the quota.',
          ],
        },
      ],
    },
    {
      id: 'deposit-not-unlocked',
      title: 'Coins from a recent deposit are still locked (-4060)',
      why: 'A deposit is credited after minConfirm block confirmations but stays locked for withdrawal until unLockConfirm confirmations. Until then the balance shows but cannot leave the account.',
      fixes: [
        {
          title: 'Wait for the deposit to unlock',
          steps: [
            'Find the deposit in GET /sapi/v1/capital/deposit/hisrec and compare its confirmTimes with unLockConfirm for that network in GET /sapi/v1/capital/config/getall.',
            'Withdraw once it is fully confirmed, or withdraw only the part of the balance that did not come from it.',
          ],
        },
      ],
    },
  ],
  tree: {
    start: 'balance',
    questions: [
      {
        id: 'balance',
        text: 'Does the wallet you withdraw from (Spot or Funding) show a free balance of the coin at least as large as the amount?',
        help: 'Free means not locked in orders; coins in margin, futures or Earn do not count.',
        options: [
          { value: 'enough', label: 'Yes, there is enough free', ranks: ['amount-breaks-network-rules', 'withdraw-quota-used', 'deposit-not-unlocked'] },
          { value: 'short', label: 'No, or only part of it is free', ranks: ['balance-not-free', 'deposit-not-unlocked'] },
          { value: 'recent-deposit', label: 'It arrived in a deposit minutes ago', ranks: ['deposit-not-unlocked', 'balance-not-free'] },
          { value: 'not-sure', label: 'Not sure', ranks: ['balance-not-free', 'amount-breaks-network-rules', 'withdraw-quota-used', 'deposit-not-unlocked'] },
        ],
      },
    ],
  },
};

export default knowledge;
