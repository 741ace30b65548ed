// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './disconnected';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'no-minus-02.txt', code: -1001 },
  { paste: 'python-binance-07.txt', code: -1001 },
  { paste: 'traceback-03.txt', code: -1001 },
]);
