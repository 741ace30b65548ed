import { DerivativesTradingUsdsFutures } from '@binance/derivatives-trading-usds-futures';
const client = new DerivativesTradingUsdsFutures({ configurationRestAPI: { apiKey: process.env.API_KEY, apiSecret: process.env.API_SECRET } });
await client.restAPI.queryOrder({ symbol: '{{symbol}}', orderId: 123456789 });
await client.restAPI.cancelOrder({ symbol: '{{symbol}}', origClientOrderId: 'bot-0001' });
