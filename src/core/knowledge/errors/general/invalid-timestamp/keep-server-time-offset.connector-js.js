import { DerivativesTradingUsdsFutures } from '@binance/derivatives-trading-usds-futures';
const client = new DerivativesTradingUsdsFutures({ configurationRestAPI: { apiKey: process.env.API_KEY, apiSecret: process.env.API_SECRET } });
// this connector signs with Date.now(): check the drift and fix the OS clock when it is off
const { serverTime } = await (await client.restAPI.checkServerTime()).data();
const drift = serverTime - Date.now();
if (Math.abs(drift) > 500) throw new Error(`clock is off by ${drift} ms: synchronise the OS clock`);
