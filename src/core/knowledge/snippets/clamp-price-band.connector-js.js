import { DerivativesTradingUsdsFutures } from '@binance/derivatives-trading-usds-futures';
const client = new DerivativesTradingUsdsFutures({ configurationRestAPI: { apiKey: process.env.API_KEY, apiSecret: process.env.API_SECRET } });
const info = await (await client.restAPI.exchangeInformation()).data();
const filters = info.symbols.find((s) => s.symbol === '{{symbol}}').filters;
const band = filters.find((f) => f.filterType === 'PERCENT_PRICE');
const tick = Number(filters.find((f) => f.filterType === 'PRICE_FILTER').tickSize);
const mark = Number((await (await client.restAPI.markPrice({ symbol: '{{symbol}}' })).data()).markPrice);
const price = Math.floor(Math.min(mark * 1.005, mark * Number(band.multiplierUp)) / tick) * tick;
await client.restAPI.newOrder({ symbol: '{{symbol}}', side: 'BUY', type: 'LIMIT', timeInForce: 'IOC', quantity: 0.002, price: Number(price.toFixed(2)) });
