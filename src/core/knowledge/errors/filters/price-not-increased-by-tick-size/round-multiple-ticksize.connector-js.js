import { DerivativesTradingUsdsFutures } from '@binance/derivatives-trading-usds-futures';
const client = new DerivativesTradingUsdsFutures({ configurationRestAPI: { apiKey: process.env.API_KEY, apiSecret: process.env.API_SECRET } });
const info = await (await client.restAPI.exchangeInformation()).data();
const sym = info.symbols.find((s) => s.symbol === '{{symbol}}');
const tick = sym.filters.find((f) => f.filterType === 'PRICE_FILTER').tickSize;
const decimals = (tick.split('.')[1] || '').replace(/0+$/, '').length;
const price = Number((Math.floor(64321.37 / Number(tick) + 1e-9) * Number(tick)).toFixed(decimals));
await client.restAPI.newOrder({ symbol: '{{symbol}}', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: 0.002, price });
