/** Knowledge of -4131 MARKET_ORDER_REJECT, coinm:-4113 MARKET_ORDER_REJECT. */
import { snippetSet } from '../../snippet-set';
import { majorSymbol } from '../../rules/major-symbol';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4131', 'coinm:-4113'],
  meaning: 'Your MARKET order was refused because the best price on the other side of the book is too far from the mark price (outside the PERCENT_PRICE band). It protects you from filling at a silly price in a thin or jumping book. Nothing was filled.',
  retry: {
    verdict: 'retry-after-wait',
    outcome: 'rejected',
    advice: 'Nothing was filled. Wait for the book to refill and try again, or use a LIMIT order (IOC) priced inside the band; hammering MARKET orders into an empty book keeps failing.',
  },
  causes: [
    {
      id: 'thin-testnet-book',
      title: 'The testnet order book is empty or far from the mark price',
      why: 'The futures testnet has little real liquidity; one side of the book is often empty or sits far away, so MARKET orders there fail routinely.',
      fixes: [
        {
          title: 'Use LIMIT orders on the testnet',
          steps: [
            'Place a LIMIT IOC (or GTC) order priced within the PERCENT_PRICE band around the mark price.',
            'Do not judge your mainnet logic by testnet fills.',
          ],
          snippets: snippetSet('snippets/clamp-price-band', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'volatile-spike',
      title: 'A fast move emptied the best levels for a moment',
      why: 'During spikes the best bid or ask can briefly jump beyond the band around the mark price; the check blocks MARKET orders until the book recovers, usually within seconds.',
      fixes: [
        {
          title: 'Retry after a short pause, or cap the price',
          steps: [
            'Wait a few seconds and retry a limited number of times.',
            'Or send a LIMIT IOC at the worst price you accept, inside the band.',
            'For exits, consider a reduce-only LIMIT that rests in the book.',
          ],
          snippets: snippetSet('snippets/clamp-price-band', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
    {
      id: 'illiquid-symbol',
      title: 'The symbol’s book is thin all the time',
      why: 'Small or newly listed contracts can have gaps wider than the band even in calm markets.',
      fixes: [
        {
          title: 'Trade it with LIMIT orders and smaller size',
          steps: [
            'Read the book (GET /fapi/v1/depth) before sending.',
            'Use LIMIT orders inside the band and split size.',
            'Or avoid the symbol for market-order strategies.',
          ],
          snippets: snippetSet('snippets/clamp-price-band', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
        },
      ],
    },
  ],
  tree: {
    start: 'environment',
    questions: [
      {
        id: 'environment',
        text: 'Were you on the futures testnet or on mainnet?',
        options: [
          { value: 'testnet', label: 'Testnet (testnet.binancefuture.com)', ranks: ['thin-testnet-book', 'illiquid-symbol'] },
          { value: 'mainnet', label: 'Mainnet', next: 'liquidity' },
        ],
      },
      {
        id: 'liquidity',
        text: 'Is this a major contract (BTC, ETH …) or a small / newly listed one?',
        options: [
          { value: 'major', label: 'Major', ranks: ['volatile-spike', 'illiquid-symbol'] },
          { value: 'small', label: 'Small or new', ranks: ['illiquid-symbol', 'volatile-spike'] },
        ],
        auto: majorSymbol,
      },
    ],
  },
};

export default knowledge;
