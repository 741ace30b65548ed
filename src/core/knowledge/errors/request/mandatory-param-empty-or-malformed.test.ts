// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './mandatory-param-empty-or-malformed';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'ccxt-08.txt', code: -1102 },
  { paste: 'csharp-06.txt', code: -1102 },
  { paste: 'headers-01.txt', code: -1102 },
  { paste: 'json-body-05.txt', code: -1102 },
  { paste: 'json-body-06.txt', code: -1102 },
  { paste: 'python-dict-03.txt', code: -1102 },
  { paste: 'threads/general/futures-connector-41-stop-price-typo-1102.txt', code: -1102 },
  { paste: 'threads/general/binance-net-600-quoteqty-name-1102.txt', code: -1102 },
  { paste: 'threads/general/binance-net-758-fabi-host-typo-1102.txt', code: -1102 },
  { paste: 'threads/general/cryptoxlib-54-margin-tif-1102.txt', code: -1102 },
  { paste: 'threads/orders/python-binance-771-1102-transfer-type.txt', code: -1102 },
  { paste: 'threads/more/craysiii-binance-24-1102-limit-without-tif.txt', code: -1102 },
  { paste: 'threads/more/binance-connector-go-24-1102-test-order-unsigned.txt', code: -1102 },
]);
