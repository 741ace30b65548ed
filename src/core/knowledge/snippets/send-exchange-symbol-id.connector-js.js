import { DerivativesTradingUsdsFutures } from '@binance/derivatives-trading-usds-futures';
const client = new DerivativesTradingUsdsFutures({ configurationRestAPI: { apiKey: process.env.API_KEY, apiSecret: process.env.API_SECRET } });
const info = await (await client.restAPI.exchangeInformation()).data();
const s = info.symbols.find((x) => x.symbol === '1000SHIBUSDT');
console.log(s ? s.status : 'not a USD-M symbol');
