import { DerivativesTradingUsdsFutures } from '@binance/derivatives-trading-usds-futures';
const client = new DerivativesTradingUsdsFutures({ configurationRestAPI: { apiKey: process.env.API_KEY, apiSecret: process.env.API_SECRET } });
const { dualSidePosition } = await (await client.restAPI.getCurrentPositionMode()).data();
const extra = dualSidePosition ? { positionSide: 'LONG' } : {}; // the side whose isolated margin you change
await client.restAPI.modifyIsolatedPositionMargin({ symbol: '{{symbol}}', amount: 5, type: '1', ...extra }); // type '2' removes
