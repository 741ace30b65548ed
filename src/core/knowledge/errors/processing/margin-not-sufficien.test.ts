// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './margin-not-sufficien';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'go-01.txt', code: -2019 },
  { paste: 'go-02.txt', code: -2019 },
  { paste: 'go-03.txt', code: -2019 },
  { paste: 'json-body-14.txt', code: -2019 },
  { paste: 'python-binance-10.txt', code: -2019 },
  { paste: 'traceback-01.txt', code: -2019 },
  { paste: 'threads/orders/nofx-549-2019-margin-headroom.txt', code: -2019 },
  { paste: 'threads/more/nofx-93-2019-position-sized-over-margin.txt', code: -2019 },
]);
