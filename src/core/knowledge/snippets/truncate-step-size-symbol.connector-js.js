import { DerivativesTradingUsdsFutures } from '@binance/derivatives-trading-usds-futures';
const client = new DerivativesTradingUsdsFutures({ configurationRestAPI: { apiKey: process.env.API_KEY, apiSecret: process.env.API_SECRET } });
const info = await (await client.restAPI.exchangeInformation()).data();
const lot = info.symbols.find((s) => s.symbol === '{{symbol}}').filters.find((f) => f.filterType === 'MARKET_LOT_SIZE');
const decimals = (lot.stepSize.split('.')[1] || '').replace(/0+$/, '').length;
const qty = Number((Math.floor(0.0123456 / Number(lot.stepSize) + 1e-9) * Number(lot.stepSize)).toFixed(decimals));
if (qty < Number(lot.minQty)) throw new Error('quantity below minQty after rounding');
await client.restAPI.newOrder({ symbol: '{{symbol}}', side: 'BUY', type: 'MARKET', quantity: qty });
