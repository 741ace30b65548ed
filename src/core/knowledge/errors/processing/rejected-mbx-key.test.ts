// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './rejected-mbx-key';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'bracket-02.txt', code: -2015 },
  { paste: 'ccxt-04.txt', code: -2015 },
  { paste: 'ccxt-12.txt', code: -2015 },
  { paste: 'go-04.txt', code: -2015 },
  { paste: 'json-body-03.txt', code: -2015 },
  { paste: 'json-body-09.txt', code: -2015 },
  { paste: 'threads/general/binance-futures-python-159-testnet-url-2015.txt', code: -2015 },
  { paste: 'threads/general/futurebinanceapi-1-debug-testnet-2015.txt', code: -2015 },
  { paste: 'threads/general/node-binance-api-414-old-key-futures-2015.txt', code: -2015 },
  { paste: 'threads/general/ccxt-22397-papi-not-pm-account-2015.txt', code: -2015 },
  { paste: 'threads/general/ccxt-26759-pm-account-on-fapi-2015.txt', code: -2015 },
  { paste: 'threads/general/node-binance-api-599-testnet-key-mainnet-2015.txt', code: -2015 },
  { paste: 'threads/general/ccxt-2044-key-secret-swapped-2015.txt', code: -2015 },
  { paste: 'threads/general/volatility-bot-59-binance-us-key-2015.txt', code: -2015 },
  { paste: 'threads/more/go-binance-561-2015-testnet-endpoint.txt', code: -2015 },
  { paste: 'threads/more/binance-api-postman-77-2015-spot-testnet-key-on-futures.txt', code: -2015 },
]);
