import { DerivativesTradingUsdsFutures } from '@binance/derivatives-trading-usds-futures';
const client = new DerivativesTradingUsdsFutures({ configurationRestAPI: { apiKey: process.env.API_KEY, apiSecret: process.env.API_SECRET } });
try {
  await client.restAPI.futuresAccountBalanceV3();
} catch (err) {
  console.log(err.name, err.message); // ForbiddenError = 403
}
