// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './no-such-order';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'json-body-11.txt', code: -2013 },
  { paste: 'threads/orders/ccxt-8115-2013-long-orderid.txt', code: -2013 },
  { paste: 'threads/orders/binance-net-692-2013-after-upgrade.txt', code: -2013 },
]);
