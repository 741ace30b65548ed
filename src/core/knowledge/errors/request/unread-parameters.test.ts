// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './unread-parameters';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'headers-02.txt', code: -1104 },
  { paste: 'threads/general/python-binance-185-orderID-case-1104.txt', code: -1104 },
  { paste: 'threads/general/bt-ccxt-store-27-created-param-1104.txt', code: -1104 },
  { paste: 'threads/general/binance-ruby-3-wrong-param-name-1104.txt', code: -1104 },
  { paste: 'threads/general/node-binance-api-18-depth-param-1104.txt', code: -1104 },
  { paste: 'threads/general/python-binance-87-disable-validation-1104.txt', code: -1104 },
  { paste: 'threads/more/sieblyio-binance-200-1104-exchangeinfo-symbol-unnamed.txt', code: -1104 },
  { paste: 'threads/more/sieblyio-binance-297-1104-exchangeinfo-symbols-array.txt', code: -1104 },
  { paste: 'threads/more/ccxt-9191-1104-backtrader-created-param.txt', code: -1104 },
  { paste: 'threads/more/ccxt-1806-1104-php-limit-array.txt', code: -1104 },
]);
