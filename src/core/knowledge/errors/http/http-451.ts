/** Knowledge of http:451. */
import { snippetSet } from '../../snippet-set';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['http:451'],
  meaning: 'Binance refuses service to the location your request comes from ("Service unavailable from a restricted location"). It is decided by the IP address the request leaves from, not by your code. This status is not on Binance’s official pages but is widely reported.',
  retry: {
    verdict: 'never-retry',
    outcome: 'rejected',
    advice: 'Do not retry: nothing will change until the bot runs from an allowed location. Make sure retry loops stop (ccxt reports this as ExchangeNotAvailable, which generic retry code treats as temporary).',
  },
  causes: [
    {
      id: 'cloud-region',
      title: 'The server or cloud region is in a restricted jurisdiction',
      why: 'Most reports come from bots hosted in US cloud regions or hosted notebooks and CI runners, whose IPs are in restricted locations.',
      fixes: [
        {
          title: 'Host the bot in an allowed region',
          steps: [
            'Check where the bot’s public IP is located.',
            'Move the deployment to a region Binance serves (and that your own residence and Binance’s terms allow).',
            'Stop retry loops on this error.',
          ],
          snippets: snippetSet('snippets/run-bot-allowed-location'),
        },
        {
          title: 'Fetch public market data from the market-data-only host',
          steps: [
            'For public Spot market data only (klines, tickers, depth, trades, exchangeInfo, time), Binance documents a separate host that needs no key: https://data-api.binance.vision (streams: wss://data-stream.binance.vision).',
            'Point those public calls there; it has answered from cloud regions that get 451 from api.binance.com.',
            'It carries no account, order or wallet endpoints, so it is no way round the block for trading: those calls still have to come from an allowed location, and Binance’s terms still apply to where you use it.',
          ],
        },
      ],
    },
    {
      id: 'user-location',
      title: 'You are in a restricted location',
      why: 'If the bot runs at home and you are in a restricted country, the block is about eligibility, not the server.',
      fixes: [
        {
          title: 'Check eligibility',
          steps: [
            'Read the eligibility section of Binance’s terms for your country.',
            'Use the Binance entity that serves your country, if there is one.',
            'Contact customer service if you think the block is wrong.',
          ],
          snippets: snippetSet('snippets/run-bot-allowed-location'),
        },
      ],
    },
    {
      id: 'vpn-or-proxy',
      title: 'A VPN, proxy or tunnel exits in a restricted location',
      why: 'Traffic leaving through a VPN or proxy node in a restricted country is blocked even if you are elsewhere.',
      fixes: [
        {
          title: 'Check the exit IP',
          steps: [
            'Find the public IP the bot leaves from.',
            'Switch off or reconfigure the VPN/proxy for Binance traffic, within Binance’s terms.',
          ],
          snippets: snippetSet('snippets/run-bot-allowed-location'),
        },
      ],
    },
  ],
  tree: {
    start: 'where',
    questions: [
      {
        id: 'where',
        text: 'Where does the bot run?',
        options: [
          { value: 'cloud', label: 'On a cloud server, VPS, notebook or CI runner', ranks: ['cloud-region', 'vpn-or-proxy'] },
          { value: 'home', label: 'On my own computer', next: 'vpn' },
        ],
      },
      {
        id: 'vpn',
        text: 'Does its traffic go through a VPN, proxy or tunnel?',
        options: [
          { value: 'yes', label: 'Yes', ranks: ['vpn-or-proxy', 'user-location'] },
          { value: 'no', label: 'No', ranks: ['user-location', 'vpn-or-proxy'] },
        ],
      },
    ],
  },
};

export default knowledge;
