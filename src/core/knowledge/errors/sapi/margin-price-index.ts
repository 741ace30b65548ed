/** Knowledge of sapi:-3042 PRICE_INDEX_NOT_FOUND ("PriceIndex not available for this margin pair."). */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:-3042'],
  meaning:
    'Binance has no margin price index for the pair you named, so it cannot value it for margin: either the symbol is not a margin pair at all, or its index is missing for the moment. Nothing was changed.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing changed. Check the symbol first; if it is a valid margin pair, the index may be missing only for a while — try again later rather than in a loop.',
  },
  causes: [
    {
      id: 'not-a-margin-pair',
      title: 'The symbol is not a margin pair',
      why: 'Only pairs offered on cross or isolated margin have a margin price index. A Spot-only pair, a futures symbol, a typo or a lower-case symbol sent to GET /sapi/v1/margin/priceIndex (or used in margin valuations) has none.',
      fixes: [
        {
          title: 'Use a listed margin pair',
          steps: [
            'Find the symbol in GET /sapi/v1/margin/allPairs or GET /sapi/v1/margin/isolated/allPairs, written exactly as there (e.g. BTCUSDT).',
            'Then call GET /sapi/v1/margin/priceIndex with that symbol.',
          ],
        },
      ],
    },
    {
      id: 'index-unavailable-now',
      title: 'The pair’s index is missing for now',
      why: 'Around a new margin listing, a delisting or a data outage on Binance’s side, a real margin pair can be without an index for a while.',
      fixes: [
        {
          title: 'Check the pair’s status and wait',
          steps: [
            'Check GET /sapi/v1/margin/delist-schedule and Binance’s announcements for the pair.',
            'Retry later with a pause; meanwhile take a reference price from GET /api/v3/ticker/price if you only need a price.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
