import { DerivativesTradingUsdsFutures } from '@binance/derivatives-trading-usds-futures';
const client = new DerivativesTradingUsdsFutures({ configurationRestAPI: { apiKey: process.env.API_KEY, apiSecret: process.env.API_SECRET } });
const WANT_HEDGE = false;
const { dualSidePosition } = await (await client.restAPI.getCurrentPositionMode()).data();
if (dualSidePosition !== WANT_HEDGE) {
  await client.restAPI.changePositionMode({ dualSidePosition: WANT_HEDGE ? 'true' : 'false' });
}
