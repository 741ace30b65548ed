// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './no-such-order';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'json-body-11.txt', code: -2013 },
]);
