// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './too-many-requests';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'ccxt-06.txt', code: -1003 },
  { paste: 'ccxt-07.txt', code: -1003 },
  { paste: 'errorcode-01.txt', code: -1003 },
  { paste: 'errorcode-06.txt', code: -1003 },
  { paste: 'fullwidth-02.txt', code: -1003 },
  { paste: 'go-06.txt', code: -1003 },
  { paste: 'threads/general/freqtrade-12441-six-containers-one-ip-1003.txt', code: -1003 },
  { paste: 'threads/general/ptfeeder-56-weight-change-1003.txt', code: -1003 },
  { paste: 'threads/more/profit-trailer-1601-1003-tradehistory-all-pairs.txt', code: -1003 },
]);
