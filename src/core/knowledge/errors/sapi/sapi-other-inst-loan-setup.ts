/**
 * Knowledge of the Institutional Loan risk-unit membership codes: sapi:-27001, -27002, -27003, -27004, -27005,
 * -27006, -27007, -27008, -27010, -27013.
 */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:-27001', 'sapi:-27002', 'sapi:-27003', 'sapi:-27004', 'sapi:-27005', 'sapi:-27006', 'sapi:-27007', 'sapi:-27008', 'sapi:-27010', 'sapi:-27013'],
  meaning:
    'An Institutional Loan request named a risk unit (loan group) or account that does not fit the risk unit’s rules: the group or its credit account was not found (-27001, -27010), too many collateral accounts (-27002), an account already in another risk unit (-27003), not a sub-account of the same parent (-27004), no margin account opened (-27005), a credit account that is neither Portfolio Margin nor Cross Margin (-27006), the credit account used as collateral (-27007), a new collateral account with net equity below its maintenance margin (-27008), or an account type that cannot be collateral (-27013). Nothing was changed.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was changed. Resending the same request fails the same way: check the risk unit’s id and members, fix the account that breaks the rule the code names, then send again.',
  },
  causes: [
    {
      id: 'inst-loan-wrong-group-or-key',
      title: 'Wrong groupId, or the request is made with the wrong account’s key (-27001, -27010)',
      why: 'Risk units are identified by groupId, and most endpoints answer only to the credit account’s key (some also to the parent’s). A groupId of a closed risk unit, or a key of a collateral account, finds no group or no credit account.',
      fixes: [
        {
          title: 'Read the active risk units',
          steps: [
            'List active risk units and their members with GET /sapi/v1/margin/loan-groups/activated (parent account key).',
            'Call borrow and repay endpoints with the credit account’s API key and the groupId listed there.',
          ],
        },
      ],
    },
    {
      id: 'inst-loan-membership-rules',
      title: 'A member account breaks the risk unit’s membership rules (-27002, -27003, -27004, -27007, -27013)',
      why: 'Collateral accounts must be sub-accounts under the same parent, may belong to only one risk unit, cannot be the credit account, must be of a supported type, and their number is capped.',
      fixes: [
        {
          title: 'Choose eligible collateral accounts',
          steps: [
            'Check each account against the rules with GET /sapi/v1/margin/loan-groups/activated and GET /sapi/v1/sub-account/list.',
            'Replace accounts that belong to another risk unit or another parent; changes to a risk unit’s set-up go through your Binance institutional contact.',
          ],
        },
      ],
    },
    {
      id: 'inst-loan-account-not-ready',
      title: 'An account is not set up as the risk unit needs (-27005, -27006, -27008)',
      why: 'The credit account must be a Portfolio Margin or Cross Margin account, collateral accounts need their margin account opened, and a collateral account joining the unit must have net equity at least equal to its maintenance margin.',
      fixes: [
        {
          title: 'Prepare the account first',
          steps: [
            'Open the margin account on the sub-account (or switch the credit account to Portfolio Margin or Cross Margin) before adding it.',
            'Top up a new collateral account until its net equity covers its maintenance margin.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
