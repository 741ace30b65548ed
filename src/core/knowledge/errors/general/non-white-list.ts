/** Knowledge of -1011 NON_WHITE_LIST. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-1011'],
  meaning: 'This IP address is not allowed to use this route with this key. Nothing was executed; the fix is in the key’s IP restriction settings.',
  retry: {
    verdict: 'never-retry',
    outcome: 'rejected',
    advice: 'Do not retry from this IP: add the server’s public IP to the key’s whitelist (or call from a whitelisted IP), then send once.',
  },
  causes: [
    {
      id: 'ip-not-whitelisted',
      title: 'The key is restricted to other IPs',
      why: 'Keys with "Restrict access to trusted IPs only" refuse calls from any other address — for example after your server’s or cloud egress IP changed.',
      fixes: [
        {
          title: 'Whitelist the IP you actually send from',
          steps: [
            'Find your egress IP (for example curl -s https://api.ipify.org from the bot’s machine).',
            'Add it to the key in API Management, or remove the restriction if you accept the risk.',
            'Behind NAT or changing cloud IPs, route through a fixed egress IP.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
