// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './illegal-chars';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'threads/general/grid-trader-16-sci-notation-price-1100.txt', code: -1100 },
  { paste: 'threads/general/php-binance-api-29-exponent-price-1100.txt', code: -1100 },
  { paste: 'threads/general/binance-us-docs-57-ipv6-ip-param-1100.txt', code: -1100 },
  { paste: 'threads/general/python-binance-123-client-id-as-orderid-1100.txt', code: -1100 },
  { paste: 'threads/general/python-binance-222-float-endtime-1100.txt', code: -1100 },
  { paste: 'threads/general/backtrader-351-limit-none-1100.txt', code: -1100 },
  { paste: 'threads/general/ccxt-4360-stopprice-exponent-1100.txt', code: -1100 },
  { paste: 'threads/general/vnpy-3050-str-quantity-exponent-1100.txt', code: -1100 },
  { paste: 'threads/general/binance-csharp-72-quantity-locale-1100.txt', code: -1100 },
  { paste: 'threads/general/ccxt-5744-php-quantity-exponent-1100.txt', code: -1100 },
  { paste: 'threads/general/php-binance-api-25-float-price-1100.txt', code: -1100 },
  { paste: 'threads/general/chrisleekr-226-stopprice-exponent-1100.txt', code: -1100 },
  { paste: 'threads/more/unicorn-406-1100-wsapi-scientific-price.txt', code: -1100 },
  { paste: 'threads/more/python-binance-415-1100-none-params-withdraw.txt', code: -1100 },
]);
