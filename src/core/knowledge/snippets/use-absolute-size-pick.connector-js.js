import { DerivativesTradingUsdsFutures } from '@binance/derivatives-trading-usds-futures';
const client = new DerivativesTradingUsdsFutures({ configurationRestAPI: { apiKey: process.env.API_KEY, apiSecret: process.env.API_SECRET } });
const positions = await (await client.restAPI.positionInformationV3({ symbol: '{{symbol}}' })).data();
const p = positions.find((x) => x.positionSide === 'BOTH' && Number(x.positionAmt) !== 0);
if (p) {
  const amt = Number(p.positionAmt);
  await client.restAPI.newOrder({ symbol: '{{symbol}}', side: amt > 0 ? 'SELL' : 'BUY', type: 'MARKET', quantity: Math.abs(amt), reduceOnly: 'true' });
}
