/**
 * Knowledge of the SAPI refusals that come from the account's security state or standing rather than the request:
 * sapi:-4013 CAPITAL_WITHDRAW_2FA_VERIFY, -4014 CAPITAL_WITHDRAW_LOGIN_DELAY, -4015 CAPITAL_WITHDRAW_RESTRICTED_MINUTE,
 * -4016 CAPITAL_WITHDRAW_RESTRICTED_PASSWORD, -4017 CAPITAL_WITHDRAW_RESTRICTED_UNBIND_2FA,
 * -4006 CAPITAL_ONLY_SUPPORT_PRIMARY_ACCOUNT, -4001 CAPITAL_INVALID and -4004 CAPITAL_UA.
 */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:-4013', 'sapi:-4014', 'sapi:-4015', 'sapi:-4016', 'sapi:-4017', 'sapi:-4006', 'sapi:-4001', 'sapi:-4004'],
  meaning:
    'Binance refused the wallet request because of the account, not the amount or address: withdrawals need two-factor authentication turned on (-4013), are blocked for a while after a login (-4014, about 2 minutes), after a password change (-4016, 24 hours) or after two-factor authentication was removed or reset (-4017, 24 hours), or are limited on this account (-4015); the action is only for a main account, not a sub-account (-4006); or the account or key is not allowed to do it (-4001 “Invalid operation”, -4004 not logged in or authorised). Nothing was sent.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was sent. Resending now fails the same way. A security hold (-4014, -4016, -4017) ends on its own: wait it out, then send once. The others need a change to the account or key first — do not retry in a loop, which can prolong a review.',
  },
  causes: [
    {
      id: 'security-change-hold',
      title: 'A recent security change put withdrawals on hold (-4014, -4016, -4017)',
      why: 'To protect against account takeover, Binance blocks withdrawals for about 24 hours after the password is changed or two-factor authentication is removed or reset, and briefly after a login; changing the phone number or e-mail can trigger a similar hold.',
      fixes: [
        {
          title: 'Wait for the hold to end',
          steps: [
            'Note when the password or two-factor change happened; the hold runs about 24 hours from then (about 2 minutes after a login for -4014).',
            'Send the withdrawal once after that; check first in GET /sapi/v1/capital/withdraw/history that no earlier attempt went through.',
          ],
        },
      ],
    },
    {
      id: 'two-factor-off',
      title: 'Two-factor authentication is not turned on (-4013)',
      why: 'Withdrawals, also through the API, need an account protected by an authenticator app, passkey or similar second factor.',
      fixes: [
        {
          title: 'Turn on a second factor',
          steps: [
            'In the account’s Security settings, turn on an authenticator app (or another second factor Binance offers).',
            'Mind that the change itself may start a withdrawal hold; withdraw after it ends.',
          ],
        },
      ],
    },
    {
      id: 'account-withdraw-restricted',
      title: 'Withdrawals are restricted on this account (-4015)',
      why: 'A risk or compliance review, unfinished identity verification, a regional rule or a locked account limits or disables withdrawals until it is resolved. The API only says it is limited.',
      fixes: [
        {
          title: 'Find out why on the website',
          steps: [
            'Log in on the website or app and look for a notice on the account, the security page or the withdrawal page.',
            'Complete what it asks (verification, a questionnaire) or contact Binance support with the time of the refusal.',
          ],
        },
      ],
    },
    {
      id: 'key-or-account-not-allowed',
      title: 'The key or account cannot do this: a sub-account, or no withdrawal permission (-4006, -4001, -4004)',
      why: 'Some wallet actions are for the main account only, so a sub-account’s key is refused. A key also needs “Enable Withdrawals” for withdrawals, which Binance only allows on keys restricted to trusted IP addresses.',
      fixes: [
        {
          title: 'Use the main account’s key with the right permission',
          steps: [
            'Check the key with GET /sapi/v1/account/apiRestrictions: enableWithdrawals and ipRestrict should both be true.',
            'For a sub-account, move the funds to the main account (e.g. POST /sapi/v1/sub-account/universalTransfer from the main account) and withdraw from there.',
            'Edit the key in API Management: add the server’s IP address to the trusted list and turn on withdrawals.',
          ],
        },
      ],
    },
  ],
  tree: {
    start: 'recent-change',
    questions: [
      {
        id: 'recent-change',
        text: 'In the last 24 hours, was the account’s password changed, two-factor authentication removed or reset, or the phone or e-mail changed?',
        options: [
          { value: 'yes', label: 'Yes', ranks: ['security-change-hold', 'account-withdraw-restricted'] },
          { value: 'no', label: 'No', next: 'whose-key' },
          { value: 'not-sure', label: 'Not sure', ranks: ['security-change-hold', 'two-factor-off', 'key-or-account-not-allowed', 'account-withdraw-restricted'] },
        ],
      },
      {
        id: 'whose-key',
        text: 'Whose API key sent the request?',
        options: [
          { value: 'sub', label: 'A sub-account’s key', ranks: ['key-or-account-not-allowed', 'account-withdraw-restricted'] },
          { value: 'main', label: 'The main account’s key', ranks: ['two-factor-off', 'key-or-account-not-allowed', 'account-withdraw-restricted'] },
          { value: 'not-sure', label: 'Not sure', ranks: ['key-or-account-not-allowed', 'two-factor-off', 'account-withdraw-restricted'] },
        ],
      },
    ],
  },
};

export default knowledge;
