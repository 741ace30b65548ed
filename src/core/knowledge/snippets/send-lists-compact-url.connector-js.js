import { DerivativesTradingUsdsFutures } from '@binance/derivatives-trading-usds-futures';
const client = new DerivativesTradingUsdsFutures({ configurationRestAPI: { apiKey: process.env.API_KEY, apiSecret: process.env.API_SECRET } });
await client.restAPI.placeMultipleOrders({ batchOrders: [{ symbol: '{{symbol}}', side: 'BUY', type: 'LIMIT', quantity: '0.01', price: '60000', timeInForce: 'GTC' }] });
