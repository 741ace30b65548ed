/**
 * Knowledge of the SAPI refusals for a coin or network that is not open for the action: sapi:-4018
 * CAPITAL_WITHDRAW_ASSET_NOT_EXIST, -4019 CAPITAL_WITHDRAW_ASSET_PROHIBIT, -4042 CAPITAL_CHARGE_NOT_RESET,
 * -4044 CAPITAL_BLACKLIST_COUNTRY_GET_ADDRESS and -4045 CAPITAL_GET_ASSET_ERROR.
 */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:-4018', 'sapi:-4019', 'sapi:-4042', 'sapi:-4044', 'sapi:-4045'],
  meaning:
    'The coin or network you named is not available for this deposit or withdrawal request: Binance does not know the coin (-4018), withdrawals of it are closed — for the coin or for the network you chose (-4019), a new deposit address cannot be generated for it again (-4042), deposits of it are not offered to your country or region (-4044), or its settings could not be read (-4045). Nothing was sent and no address was created.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was done. Check what the coin’s network settings allow right now; resending unchanged fails the same way. If withdrawals or deposits are only suspended, wait until the setting opens again or use another network the recipient supports.',
  },
  causes: [
    {
      id: 'network-suspended',
      title: 'Withdrawals or deposits on that network are suspended (-4019)',
      why: 'Binance pauses a network for a coin during wallet maintenance, network upgrades or congestion, and before a delisting; the coin may still trade while it cannot move. Venues also differ: a network open on one Binance site may not be offered on another (e.g. Binance.US).',
      fixes: [
        {
          title: 'Read the network’s switches, then wait or switch network',
          steps: [
            'In GET /sapi/v1/capital/config/getall, find the coin and check withdrawEnable / depositEnable for each network; withdrawDesc / depositDesc give the reason when closed.',
            'Send the request on a network that is open and that the recipient supports, or wait for the announcement that the network has reopened.',
          ],
        },
      ],
    },
    {
      id: 'coin-or-network-code',
      title: 'The coin or network code is not one Binance uses (-4018, -4019)',
      why: 'The API wants Binance’s codes: the coin symbol in capitals (USDT, not usdt or Tether) and the network code from networkList (BSC, ETH, TRX …), not a token standard name like BEP20 or ERC20 or a wallet name. A library that maps names for you may send one the venue does not have.',
      fixes: [
        {
          title: 'Use the codes from the coin list',
          steps: [
            'Look the coin up in GET /sapi/v1/capital/config/getall and copy its coin and the network field of the chosen entry in networkList.',
            'Send exactly those values as coin and network in POST /sapi/v1/capital/withdraw/apply, or in GET /sapi/v1/capital/deposit/address for a deposit.',
          ],
        },
      ],
    },
    {
      id: 'region-restricted',
      title: 'The coin is not offered to your country or region (-4044)',
      why: 'Compliance rules close some coins, or deposits of them, to users of certain countries. The check follows the account’s verified residence, not the server you call from.',
      fixes: [
        {
          title: 'Use another coin, or ask support',
          steps: [
            'Check the website or app for a notice on the coin for your region.',
            'Use another coin or network that is offered to you; contact Binance support if you think the restriction is wrong.',
          ],
        },
      ],
    },
    {
      id: 'deposit-address-fixed',
      title: 'The coin’s deposit address cannot be reset (-4042)',
      why: 'On many networks an account keeps one deposit address per coin. Asking for a fresh one — a reset, or a client that requests a new address for every deposit — is refused where the network does not allow it (resetAddressStatus in the coin’s network settings says whether it can change).',
      fixes: [
        {
          title: 'Keep using the existing address',
          steps: [
            'Read the current address with GET /sapi/v1/capital/deposit/address (coin and network) and reuse it.',
            'Check resetAddressStatus for the network in GET /sapi/v1/capital/config/getall before asking for a new one.',
          ],
        },
      ],
    },
  ],
  tree: {
    start: 'listed',
    questions: [
      {
        id: 'listed',
        text: 'In GET /sapi/v1/capital/config/getall, is the coin listed with the network you used, and is that network open (withdrawEnable or depositEnable true)?',
        options: [
          { value: 'closed', label: 'Listed, but the switch is false', ranks: ['network-suspended', 'region-restricted'] },
          { value: 'missing', label: 'The coin or that network is not listed', ranks: ['coin-or-network-code', 'network-suspended', 'region-restricted'] },
          { value: 'open', label: 'Listed and open', ranks: ['coin-or-network-code', 'deposit-address-fixed', 'region-restricted'] },
          { value: 'not-sure', label: 'Not sure', ranks: ['network-suspended', 'coin-or-network-code', 'region-restricted', 'deposit-address-fixed'] },
        ],
      },
    ],
  },
};

export default knowledge;
