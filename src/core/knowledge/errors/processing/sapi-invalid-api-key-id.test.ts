// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './sapi-invalid-api-key-id';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'threads/more/binance-api-postman-79-2008-key-not-saved.txt', code: -2008 },
]);
