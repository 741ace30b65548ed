/**
 * Knowledge of the asset-transfer amount refusals: sapi:-5002 ASSET_ASSET_NOT_ENOUGH, -5007 AMOUNT_OVER_ZERO,
 * -5008 ASSET_WITHDRAW_WITHDRAWING_NOT_ENOUGH and the unofficial -5013 ("Asset transfer failed: insufficient balance").
 */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:-5002', 'sapi:-5007', 'sapi:-5008', 'sapi:-5013'],
  meaning:
    'A transfer between your own wallets (Spot, Funding, cross or isolated margin, USDⓈ-M or COIN-M futures) was refused because of its amount: the wallet it takes from does not have that much free (-5002, and -5013, which is on no official page but seen in live responses), less of it may be moved out than asked (-5008), or the amount is zero or negative (-5007). Nothing was moved.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was moved. Resending the same amount fails the same way: read what the source wallet can give right now, check the direction of the transfer type, then send a smaller amount once.',
  },
  causes: [
    {
      id: 'source-wallet-short',
      title: 'The source wallet holds less free balance than the amount (-5002, -5008, -5013)',
      why: 'Only the free part of the source wallet can move. Coins locked in open orders, margin held by open futures positions (and unrealised losses), margin loans, or a balance read before the last trade or fee all make the movable amount smaller than it looks.',
      fixes: [
        {
          title: 'Transfer what is free, rounded down',
          steps: [
            'Read the source wallet just before the transfer: Spot GET /api/v3/account, Funding POST /sapi/v1/asset/get-funding-asset, cross margin GET /sapi/v1/margin/account; for a futures wallet, its account endpoint’s maxWithdrawAmount is what may leave.',
            'Cancel orders or reduce positions that hold the funds, or lower the amount to the free balance rounded down to the asset’s precision.',
          ],
        },
      ],
    },
    {
      id: 'transfer-direction-reversed',
      title: 'The transfer type points the other way, or at another wallet',
      why: 'The type names the source first: MAIN_UMFUTURE takes from Spot, UMFUTURE_MAIN from USDⓈ-M futures, FUNDING_MAIN from Funding. A reversed or wrong type takes from a wallet that is empty; the older POST /sapi/v1/futures/transfer uses numbers instead (1 Spot to USDⓈ-M, 2 back, 3 Spot to COIN-M, 4 back).',
      fixes: [
        {
          title: 'Name the wallet that holds the funds first',
          steps: [
            'Check the type your code sends to POST /sapi/v1/asset/transfer against where the funds are (e.g. FUNDING_MAIN when they sit in Funding).',
            'With POST /sapi/v1/futures/transfer, send the numeric type, not a universal-transfer name.',
            'Confirm in GET /sapi/v1/asset/transfer (with the same type) that earlier transfers went where you expected.',
          ],
        },
      ],
    },
    {
      id: 'amount-not-positive',
      title: 'The amount sent is zero, negative or rounds to zero (-5007)',
      why: 'An amount computed from an empty balance, rounded down to a precision coarser than the value, or formatted in a way the server reads as 0 (a comma as decimal separator, scientific notation) is not a positive number.',
      fixes: [
        {
          title: 'Check the amount before sending',
          steps: [
            'Skip the transfer when the computed amount is not above zero.',
            'Send amount as a plain decimal string with a dot (0.0015, not 1.5e-3 or 0,0015).',
          ],
        },
      ],
    },
  ],
  tree: {
    start: 'source',
    questions: [
      {
        id: 'source',
        text: 'Does the wallet named first in the transfer type (MAIN = Spot, FUNDING, MARGIN, UMFUTURE, CMFUTURE …) hold at least the amount as free balance?',
        options: [
          { value: 'enough', label: 'Yes, that wallet has enough free', ranks: ['transfer-direction-reversed', 'amount-not-positive', 'source-wallet-short'] },
          { value: 'short', label: 'No, or part of it is in orders or positions', ranks: ['source-wallet-short', 'transfer-direction-reversed'] },
          { value: 'elsewhere', label: 'The funds are in another wallet than the one named first', ranks: ['transfer-direction-reversed', 'source-wallet-short'] },
          { value: 'not-sure', label: 'Not sure', ranks: ['source-wallet-short', 'transfer-direction-reversed', 'amount-not-positive'] },
        ],
      },
    ],
  },
};

export default knowledge;
