import { DerivativesTradingUsdsFutures } from '@binance/derivatives-trading-usds-futures';
const client = new DerivativesTradingUsdsFutures({ configurationRestAPI: { apiKey: process.env.API_KEY, apiSecret: process.env.API_SECRET } });
const rows = await (await client.restAPI.positionInformationV3({ symbol: '{{symbol}}' })).data();
for (const p of rows.filter((r) => Number(r.positionAmt) !== 0)) {
  const amt = Number(p.positionAmt);
  const mode = p.positionSide === 'BOTH' ? { reduceOnly: 'true' } : { positionSide: p.positionSide };
  await client.restAPI.newOrder({ symbol: '{{symbol}}', side: amt > 0 ? 'SELL' : 'BUY', type: 'MARKET', quantity: Math.abs(amt), ...mode });
}
