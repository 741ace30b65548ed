/** Fix shared by several errors: Wait it out and let the bot pause itself */
import { snippetSet } from '../snippet-set';
import type { Fix } from '../types';

export const waitOutLetBotPauseFix: Fix = {
  title: 'Wait it out and let the bot pause itself',
  steps: [
    'Check Binance’s API announcements and status for maintenance windows.',
    'Have the bot stop opening new positions while errors persist, but keep protective orders in place.',
    'Resume once a simple call such as GET /fapi/v1/time succeeds again.',
  ],
  snippets: snippetSet('snippets/retry-reads-exponential-backoff'),
};
