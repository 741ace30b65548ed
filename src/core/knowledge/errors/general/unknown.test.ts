// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './unknown';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'csharp-05.txt', code: -1000 },
  { paste: 'errorcode-02.txt', code: -1000 },
  { paste: 'errorcode-04.txt', code: -1000 },
  { paste: 'json-body-04.txt', code: -1000 },
  { paste: 'threads/general/php-binance-api-172-stop-limit-cap-1000.txt', code: -1000 },
  { paste: 'threads/more/rotki-4792-1000-fiat-orders-temporary.txt', code: -1000 },
  { paste: 'threads/more/rotki-2047-1000-binance-us-lending.txt', code: -1000 },
]);
