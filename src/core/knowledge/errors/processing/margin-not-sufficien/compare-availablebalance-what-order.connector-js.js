import { DerivativesTradingUsdsFutures } from '@binance/derivatives-trading-usds-futures';
const client = new DerivativesTradingUsdsFutures({ configurationRestAPI: { apiKey: process.env.API_KEY, apiSecret: process.env.API_SECRET } });
const bal = await (await client.restAPI.futuresAccountBalanceV3()).data();
const avail = Number(bal.find((b) => b.asset === 'USDT').availableBalance);
const mark = await (await client.restAPI.markPrice({ symbol: '{{symbol}}' })).data();
console.log('max notional at 1x ~', avail * 0.95, 'mark', mark.markPrice);
