// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './invalid-timestamp';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'ccxt-01.txt', code: -1021 },
  { paste: 'ccxt-02.txt', code: -1021 },
  { paste: 'ccxt-14.txt', code: -1021 },
  { paste: 'code-msg-01.txt', code: -1021 },
  { paste: 'csharp-01.txt', code: -1021 },
  { paste: 'csharp-02.txt', code: -1021 },
]);
