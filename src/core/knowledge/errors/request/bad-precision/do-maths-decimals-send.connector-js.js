import { DerivativesTradingUsdsFutures } from '@binance/derivatives-trading-usds-futures';
const client = new DerivativesTradingUsdsFutures({ configurationRestAPI: { apiKey: process.env.API_KEY, apiSecret: process.env.API_SECRET } });
const info = await (await client.restAPI.exchangeInformation()).data();
const f = Object.fromEntries(info.symbols.find((s) => s.symbol === '{{symbol}}').filters.map((x) => [x.filterType, x]));
const snap = (v, step) => { const d = (step.split('.')[1] ?? '').replace(/0+$/, '').length; return Number((Math.floor(v / Number(step) + 1e-9) * Number(step)).toFixed(d)); };
await client.restAPI.newOrder({ symbol: '{{symbol}}', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC',
  quantity: snap(0.0123456, f.LOT_SIZE.stepSize), price: snap(64321.37, f.PRICE_FILTER.tickSize) });
