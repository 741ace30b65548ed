import { DerivativesTradingUsdsFutures } from '@binance/derivatives-trading-usds-futures';
const client = new DerivativesTradingUsdsFutures({ configurationRestAPI: { apiKey: process.env.API_KEY, apiSecret: process.env.API_SECRET } });
const { dualSidePosition } = await (await client.restAPI.getCurrentPositionMode()).data();
const order = { symbol: '{{symbol}}', side: 'BUY', type: 'MARKET', quantity: 0.002 };
if (dualSidePosition) order.positionSide = 'LONG';
await client.restAPI.newOrder(order);
