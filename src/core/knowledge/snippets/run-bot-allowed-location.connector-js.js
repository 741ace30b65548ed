import { DerivativesTradingUsdsFutures } from '@binance/derivatives-trading-usds-futures';
const client = new DerivativesTradingUsdsFutures({ configurationRestAPI: { apiKey: process.env.API_KEY, apiSecret: process.env.API_SECRET } });
try {
  await client.restAPI.testConnectivity();
} catch (err) {
  console.error('blocked or unreachable:', err.name, err.message); // ForbiddenError = 403
  process.exit(1);
}
