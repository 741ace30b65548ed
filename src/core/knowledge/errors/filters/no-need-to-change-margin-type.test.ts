// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './no-need-to-change-margin-type';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'benign-01.txt', code: -4046 },
  { paste: 'benign-02.txt', code: -4046 },
  { paste: 'benign-03.txt', code: -4046 },
  { paste: 'benign-04.txt', code: -4046 },
  { paste: 'multi-02.txt', code: -4046 },
  { paste: 'threads/more/ccxt-11821-4046-setmarginmode-raises.txt', code: -4046 },
]);
