import { DerivativesTradingUsdsFutures } from '@binance/derivatives-trading-usds-futures';
const client = new DerivativesTradingUsdsFutures({ configurationRestAPI: { apiKey: process.env.API_KEY, apiSecret: process.env.API_SECRET } });
// queue the order parameters, not a signed request: the connector signs at send time
const order = { symbol: '{{symbol}}', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: 0.002, price: 60000, newClientOrderId: 'bot-0002' };
await client.restAPI.newOrder(order);
