import { DerivativesTradingUsdsFutures } from '@binance/derivatives-trading-usds-futures';
const client = new DerivativesTradingUsdsFutures({ configurationRestAPI: { apiKey: process.env.API_KEY, apiSecret: process.env.API_SECRET } });
let balances;
for (const delay of [200, 400, 800, 1600, 3200]) { // reads only
  try { balances = await (await client.restAPI.futuresAccountBalanceV3()).data(); break; }
  catch (err) { console.log(err.message); await new Promise((r) => setTimeout(r, delay)); }
}
