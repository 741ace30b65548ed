/**
 * Knowledge of the SAPI withdrawal-address refusals: sapi:-4007 CAPITAL_ADDRESS_VERIFICATION_NOT_PASS,
 * -4008 CAPITAL_ADDRESS_TAG_VERIFICATION_NOT_PASS, -4033 CAPITAL_WITHDRAW_ILLEGAL_ADDRESS,
 * -4034 CAPITAL_WITHDRAW_ADDRESS_CHEAT, -4035 CAPITAL_WITHDRAW_NOT_WHITE_ADDRESS and -4036 CAPITAL_WITHDRAW_NEW_ADDRESS.
 */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:-4007', 'sapi:-4008', 'sapi:-4033', 'sapi:-4034', 'sapi:-4035', 'sapi:-4036'],
  meaning:
    'Binance refused the withdrawal because of the destination: the address (-4007, -4033) or its memo/tag (-4008) does not pass the checks of the network it would be sent on, the address is flagged as suspicious (-4034), address whitelisting is on and the address is not in your whitelist (-4035), or it was added so recently that it is still on hold (-4036, the message gives the hours). Nothing was sent and no funds left the account.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was sent. Resending to the same address fails the same way: check the address, the network and the memo against the coin’s network settings (or your whitelist) first. Never retry in a loop with variations of an address.',
  },
  causes: [
    {
      id: 'address-wrong-network',
      title: 'The address belongs to another network than the one the withdrawal uses',
      why: 'A coin can travel on several networks, and each has its own address format. Without the network parameter Binance uses the coin’s default network, so a 0x… address for a coin whose default is another chain (or a TRON address sent on BSC) fails the address check.',
      fixes: [
        {
          title: 'Name the network that matches the address',
          steps: [
            'Read the coin’s networkList from GET /sapi/v1/capital/config/getall: each network has its code (network), isDefault and addressRegex.',
            'Pick the network whose addressRegex matches the destination address, and send it as network in POST /sapi/v1/capital/withdraw/apply.',
            'Make sure the receiving wallet or exchange really supports that network for this coin before sending.',
          ],
        },
      ],
    },
    {
      id: 'address-tag-mismatch',
      title: 'The memo/tag is missing, malformed, or sent where the network takes none (-4008)',
      why: 'Networks such as XRP, XLM, EOS or BNB Beacon need a memo (tag) to credit an exchange account; others reject any memo. A memo that does not fit the network’s memoRegex, or one sent to a network without memos, fails the tag check.',
      fixes: [
        {
          title: 'Send addressTag only where the network needs it',
          steps: [
            'Check withdrawTag and memoRegex for the network in GET /sapi/v1/capital/config/getall.',
            'When withdrawTag is true, send the recipient’s memo as addressTag exactly as given; when it is false, leave addressTag out entirely (not an empty string).',
          ],
        },
      ],
    },
    {
      id: 'address-malformed-or-flagged',
      title: 'The address text is not a valid address, or it is flagged (-4033, -4034)',
      why: 'A typo, a stray space or line break, a truncated copy, an address book label sent instead of the address, or an encoding problem in the query string all give an invalid address. Binance also blocks addresses its risk checks mark as fake or suspicious, such as look-alike addresses used in address-poisoning scams.',
      fixes: [
        {
          title: 'Check the address itself',
          steps: [
            'Print the exact address your code sends (no quotes, no whitespace) and compare it character by character with the one the recipient gave.',
            'Test it against the network’s addressRegex from GET /sapi/v1/capital/config/getall.',
            'For -4034, confirm the address with the recipient through another channel; do not try look-alike variants. If it is genuine, ask Binance support to review it.',
          ],
        },
      ],
    },
    {
      id: 'address-not-whitelisted',
      title: 'Address whitelisting is on and the address is not (yet) usable (-4035, -4036)',
      why: 'With the withdrawal whitelist turned on in Address Management, only saved whitelisted addresses can receive withdrawals. An address added recently is held for a number of hours before it can be used, as a protection against account takeover.',
      fixes: [
        {
          title: 'Whitelist the address, then wait out the hold',
          steps: [
            'Add the address (with its network and memo) to the whitelist in Address Management on the website or app, and confirm it.',
            'Wait the number of hours the -4036 message names before withdrawing to it through POST /sapi/v1/capital/withdraw/apply.',
            'Check that the network you send matches the one the address was whitelisted for.',
          ],
        },
      ],
    },
  ],
  tree: {
    start: 'whitelist',
    questions: [
      {
        id: 'whitelist',
        text: 'Is withdrawal address whitelisting turned on in the account’s Address Management?',
        help: 'The -4035 and -4036 messages mention the whitelist or a new address; the others are about the address itself.',
        options: [
          { value: 'on', label: 'Yes, the whitelist is on', ranks: ['address-not-whitelisted', 'address-wrong-network', 'address-tag-mismatch'] },
          { value: 'off', label: 'No', next: 'network' },
          { value: 'not-sure', label: 'Not sure', ranks: ['address-wrong-network', 'address-not-whitelisted', 'address-tag-mismatch', 'address-malformed-or-flagged'] },
        ],
      },
      {
        id: 'network',
        text: 'Did the request name the network (the network parameter) explicitly?',
        options: [
          { value: 'no', label: 'No, only coin, address and amount', ranks: ['address-wrong-network', 'address-malformed-or-flagged', 'address-tag-mismatch'] },
          { value: 'yes', label: 'Yes', ranks: ['address-tag-mismatch', 'address-malformed-or-flagged', 'address-wrong-network'] },
          { value: 'not-sure', label: 'Not sure', ranks: ['address-wrong-network', 'address-tag-mismatch', 'address-malformed-or-flagged'] },
        ],
      },
    ],
  },
};

export default knowledge;
