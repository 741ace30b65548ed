// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './spot-invalid-message';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'java-01.txt', code: -1013 },
  { paste: 'java-02.txt', code: -1013 },
  { paste: 'java-03.txt', code: -1013 },
  { paste: 'java-04.txt', code: -1013 },
  { paste: 'python-binance-02.txt', code: -1013 },
  { paste: 'python-binance-03.txt', code: -1013 },
]);
