/** Knowledge of spot:-1121 BAD_SYMBOL (Spot, and the Spot-like APIs that borrow it). */
import { delistedOrTestnetCause } from '../../causes/delisted-or-testnet';
import { futuresSymbolOnSpotCause } from '../../causes/futures-symbol-on-spot';
import { unifiedSymbolCause } from '../../causes/unified-symbol';
import { spotSymbolQuestion } from '../../questions/spot-symbol';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-1121'],
  meaning: 'Spot does not know this symbol. Usually it is a futures contract, written in another format, or no longer listed on Spot. Nothing was done.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was done. Send a symbol that Spot’s exchangeInfo lists with status TRADING — or, if you meant futures, send the order to the futures API.',
  },
  causes: [futuresSymbolOnSpotCause, unifiedSymbolCause, delistedOrTestnetCause],
  tree: { start: 'spot-symbol', questions: [spotSymbolQuestion] },
};

export default knowledge;
