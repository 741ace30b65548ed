import fs from 'node:fs';
import { DerivativesTradingUsdsFutures } from '@binance/derivatives-trading-usds-futures';
const client = new DerivativesTradingUsdsFutures({
  configurationRestAPI: { apiKey: process.env.API_KEY, privateKey: fs.readFileSync('ed25519-private.pem', 'utf8') },
});
console.log(await (await client.restAPI.futuresAccountBalanceV3()).data());
