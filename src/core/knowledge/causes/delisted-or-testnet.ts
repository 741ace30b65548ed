/** Cause shared by -1121 (futures and Spot): Delisted, expired, renamed, or missing on testnet */
import { snippetSet } from '../snippet-set';
import type { Cause } from '../types';

export const delistedOrTestnetCause: Cause = {
  id: 'delisted-or-testnet',
  title: 'Delisted, expired, renamed, or missing on testnet',
  why: 'Symbols get delisted, quarterly COIN-M contracts expire, some are renamed (LUNA → LUNA2USDT), and the testnet lists far fewer symbols than mainnet.',
  fixes: [
    {
      title: 'Check the live list for that environment',
      steps: [
        'Look the symbol up in the exchangeInfo of the exact host you call (mainnet or testnet) and check status TRADING (COIN-M: contractStatus).',
        'Refresh the symbol list daily instead of hard-coding it.',
      ],
      snippets: snippetSet('snippets/send-exchange-symbol-id'),
    },
  ],
};
