// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './rejected-mbx-key';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'bracket-02.txt', code: -2015 },
  { paste: 'ccxt-04.txt', code: -2015 },
  { paste: 'ccxt-12.txt', code: -2015 },
  { paste: 'go-04.txt', code: -2015 },
  { paste: 'json-body-03.txt', code: -2015 },
  { paste: 'json-body-09.txt', code: -2015 },
]);
