// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './spot-new-order-rejected';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'multi-04.txt', code: -2010 },
  { paste: 'spot-01.txt', code: -2010 },
  { paste: 'spot-02.txt', code: -2010 },
  { paste: 'spot-03.txt', code: -2010 },
  { paste: 'spot-04.txt', code: -2010 },
  { paste: 'spot-05.txt', code: -2010 },
]);
