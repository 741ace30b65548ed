import { DerivativesTradingUsdsFutures } from '@binance/derivatives-trading-usds-futures';
const client = new DerivativesTradingUsdsFutures({ configurationRestAPI: { apiKey: process.env.API_KEY, apiSecret: process.env.API_SECRET } });
try {
  await client.restAPI.accountInformationV3();
} catch (err) {
  const m = /banned until (\d+)/.exec(String(err.message));
  const ms = m ? Number(m[1]) - Date.now() : 60000; // 418 = RateLimitBanError, 429 = TooManyRequestsError
  await new Promise((r) => setTimeout(r, Math.max(ms, 1000)));
}
