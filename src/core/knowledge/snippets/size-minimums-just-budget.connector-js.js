import { DerivativesTradingUsdsFutures } from '@binance/derivatives-trading-usds-futures';
const client = new DerivativesTradingUsdsFutures({ configurationRestAPI: { apiKey: process.env.API_KEY, apiSecret: process.env.API_SECRET } });
const info = await (await client.restAPI.exchangeInformation()).data();
const sym = info.symbols.find((s) => s.symbol === '{{symbol}}');
const floor = Number(sym.filters.find((f) => f.filterType === 'MIN_NOTIONAL').notional);
const step = Number(sym.filters.find((f) => f.filterType === 'LOT_SIZE').stepSize);
const mark = Number((await (await client.restAPI.markPrice({ symbol: '{{symbol}}' })).data()).markPrice);
const qty = Number((Math.ceil((floor * 1.02) / mark / step) * step).toFixed(sym.quantityPrecision));
await client.restAPI.newOrder({ symbol: '{{symbol}}', side: 'BUY', type: 'MARKET', quantity: qty });
