/** Knowledge of sapi:-2008 "Invalid Api-Key ID." */
import { snippetSet } from '../../snippet-set';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:-2008'],
  meaning: 'Binance found no API key with the ID your request carried (the X-MBX-APIKEY header). Nothing was done.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was done. Make the request carry the key exactly as API Management shows it, then send again; resending the same request fails the same way.',
  },
  causes: [
    {
      id: 'key-not-loaded-into-client',
      title: 'The client sent an empty or placeholder key: the real one was never loaded',
      why: 'The key exists in your account, but the request did not carry it: a Postman environment edited but not saved, an environment variable that is not set in the process that runs the bot, a config file that is not the one read, or a placeholder such as "your_api_key" left in the code.',
      fixes: [
        {
          title: 'Check the key the request actually carries',
          steps: [
            'Print the length and the first and last few characters of the key your code passes (never the whole secret): 64 characters expected.',
            'In Postman, save the environment after entering key and secret, and select it for the request.',
            'Check that the process that runs the bot sees the environment variables or config file you set.',
          ],
          snippets: snippetSet('snippets/strip-key-secret'),
        },
      ],
    },
    {
      id: 'key-unknown-here',
      title: 'The key was deleted, or belongs to another account or exchange',
      why: 'A deleted key, a key of a sub-account used on the main account’s behalf, a testnet key on the live host, or a Binance.US key on Binance.com are all unknown to the host you called.',
      fixes: [
        {
          title: 'Use a key that exists where you call',
          steps: [
            'Open API Management on the site that matches the host (binance.com, binance.us, the testnet) and confirm the key is listed.',
            'If it is not, create a new key there and update the bot.',
          ],
        },
      ],
    },
  ],
  tree: {
    start: 'carried',
    questions: [
      {
        id: 'carried',
        text: 'Does the X-MBX-APIKEY header of the failing request hold the key API Management shows (same length, same first and last characters)?',
        options: [
          { value: 'empty', label: 'No: it is empty, a placeholder or another value', ranks: ['key-not-loaded-into-client'] },
          { value: 'same', label: 'Yes, it is that key', ranks: ['key-unknown-here', 'key-not-loaded-into-client'] },
        ],
      },
    ],
  },
};

export default knowledge;
