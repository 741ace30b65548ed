import { DerivativesTradingUsdsFutures } from '@binance/derivatives-trading-usds-futures';
const client = new DerivativesTradingUsdsFutures({ configurationRestAPI: { apiKey: process.env.API_KEY, apiSecret: process.env.API_SECRET } });
// toFixed never prints an exponent; String(0.0000001) would give "1e-7"
const qty = (0.00123).toFixed(3);
await client.restAPI.newOrder({ symbol: '{{symbol}}', side: 'BUY', type: 'LIMIT', quantity: Number(qty), price: 60000, timeInForce: 'GTC' });
