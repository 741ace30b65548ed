import { DerivativesTradingUsdsFutures } from '@binance/derivatives-trading-usds-futures';
const client = new DerivativesTradingUsdsFutures({ configurationRestAPI: { apiKey: process.env.API_KEY, apiSecret: process.env.API_SECRET } });
const [cfg] = await (await client.restAPI.symbolConfiguration({ symbol: '{{symbol}}' })).data();
if (cfg.marginType !== 'ISOLATED') {
  await client.restAPI.changeMarginType({ symbol: '{{symbol}}', marginType: 'ISOLATED' });
}
