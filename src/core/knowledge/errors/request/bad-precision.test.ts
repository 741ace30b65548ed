// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './bad-precision';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'csharp-07.txt', code: -1111 },
  { paste: 'java-05.txt', code: -1111 },
  { paste: 'json-body-07.txt', code: -1111 },
  { paste: 'json-body-08.txt', code: -1111 },
  { paste: 'multi-02.txt', code: -1111 },
  { paste: 'threads/more/matlab-binance-14-1111-blanket-8-decimals.txt', code: -1111 },
  { paste: 'threads/more/python-binance-184-1111-quote-precision-not-tick.txt', code: -1111 },
]);
