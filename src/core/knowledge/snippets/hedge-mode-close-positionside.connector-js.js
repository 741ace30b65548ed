import { DerivativesTradingUsdsFutures } from '@binance/derivatives-trading-usds-futures';
const client = new DerivativesTradingUsdsFutures({ configurationRestAPI: { apiKey: process.env.API_KEY, apiSecret: process.env.API_SECRET } });
const { dualSidePosition } = await (await client.restAPI.getCurrentPositionMode()).data();
const extra = dualSidePosition ? { positionSide: 'LONG' } : { reduceOnly: 'true' };
await client.restAPI.newOrder({ symbol: '{{symbol}}', side: 'SELL', type: 'MARKET', quantity: 0.01, ...extra });
