// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './position-side-not-match';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'bracket-03.txt', code: -4061 },
  { paste: 'ccxt-05.txt', code: -4061 },
  { paste: 'go-05.txt', code: -4061 },
  { paste: 'json-body-02.txt', code: -4061 },
]);
