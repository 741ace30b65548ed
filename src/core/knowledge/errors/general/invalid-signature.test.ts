// Real pastes that reach this knowledge, decoded and diagnosed.
import knowledge from './invalid-signature';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'threads/general/binance-php-65-chinese-symbol-1022.txt', code: -1022 },
  { paste: 'threads/general/binance-net-795-old-secret-1022.txt', code: -1022 },
  { paste: 'threads/general/node-binance-api-319-088-regression-1022.txt', code: -1022 },
  { paste: 'threads/general/futures-python-25-signature-not-last-1022.txt', code: -1022 },
  { paste: 'threads/general/node-binance-api-267-new-key-1022.txt', code: -1022 },
  { paste: 'threads/general/binance-net-213-keys-deleted-1022.txt', code: -1022 },
  { paste: 'threads/general/binance-api-postman-105-empty-params-1022.txt', code: -1022 },
  { paste: 'threads/general/python-binance-1617-chinese-symbol-leverage-1022.txt', code: -1022 },
  { paste: 'threads/general/crypto-portfolio-39-key-setup-1022.txt', code: -1022 },
  { paste: 'threads/more/toshima-binance-3-1022-secret-typo.txt', code: -1022 },
  { paste: 'threads/more/binance-trade-bot-112-1022-regenerated-keys.txt', code: -1022 },
  { paste: 'threads/more/python-binance-1320-1022-ccxt-style-args-testnet.txt', code: -1022 },
]);
