// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './min-notional';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'bracket-01.txt', code: -4164 },
  { paste: 'escaped-json-02.txt', code: -4164 },
  { paste: 'message-only-01.txt', code: -4164 },
  { paste: 'python-binance-04.txt', code: -4164 },
  { paste: 'python-binance-05.txt', code: -4164 },
  { paste: 'python-dict-02.txt', code: -4164 },
]);
