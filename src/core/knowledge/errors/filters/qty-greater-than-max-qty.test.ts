// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './qty-greater-than-max-qty';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'ccxt-11.txt', code: -4005 },
  { paste: 'escaped-json-03.txt', code: -4005 },
]);
