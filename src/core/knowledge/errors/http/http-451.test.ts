// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './http-451';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'escaped-json-01.txt', code: 451 },
  { paste: 'http-status-02.txt', code: 451 },
  { paste: 'message-only-04.txt', code: 451 },
  { paste: 'threads/general/ccxt-19167-us-server-451.txt', code: 451 },
  { paste: 'threads/general/colab-3715-google-cloud-451.txt', code: 451 },
  { paste: 'threads/general/gsheets-142-apps-script-us-451.txt', code: 451 },
  { paste: 'threads/general/siebly-392-restricted-country-451.txt', code: 451 },
  { paste: 'threads/more/symbot-10-451-server-region.txt', code: 451 },
]);
