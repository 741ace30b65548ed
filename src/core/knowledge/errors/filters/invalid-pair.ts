/** Knowledge of -4144 INVALID_PAIR, coinm:-4087 INVALID_PAIR. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['-4144', 'coinm:-4087'],
  meaning: 'The pair you named does not exist on this product.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Correct the pair (or use the right product) and send again.' },
  causes: [
    {
      id: 'bad-pair',
      title: 'Unknown pair value',
      why: 'pair parameters (e.g. for continuous klines or index data) take the pair name such as BTCUSDT (USD-M) or BTCUSD (COIN-M); a symbol with a contract suffix, a Spot-style name or the other product’s pair is refused.',
      fixes: [
        {
          title: 'Use a pair from exchangeInfo',
          steps: [
            'List valid pairs from GET /fapi/v1/exchangeInfo (COIN-M /dapi/v1/exchangeInfo) (field pair).',
            'Call the product that owns the pair: USDT/USDC pairs on fapi, coin-margined pairs on dapi.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
