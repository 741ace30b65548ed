/** Knowledge of USD-M -5000 "GET … is retired, please use GET …": a code on no official page, seen live when an endpoint version was switched off. */
import { libraryCallsRetiredEndpointCause } from '../../causes/library-calls-retired-endpoint';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['usdm:-5000'],
  meaning:
    'The endpoint version your request called has been retired; the message names the version that replaced it (GET /fapi/v1/account → GET /fapi/v2/account, for example). Nothing was read or changed. The code is on no official page: it was seen live when Binance switched old USD-M versions off.',
  retry: {
    verdict: 'never-retry',
    outcome: 'rejected',
    advice: 'Retrying calls the same retired path and fails every time. Call the version the message names, or upgrade the library that still calls the old one.',
  },
  causes: [libraryCallsRetiredEndpointCause],
};

export default knowledge;
