import { DerivativesTradingUsdsFutures } from '@binance/derivatives-trading-usds-futures';
const client = new DerivativesTradingUsdsFutures({ configurationRestAPI: { apiKey: process.env.API_KEY, apiSecret: process.env.API_SECRET } });
const open = await (await client.restAPI.currentAllOpenOrders({ symbol: '{{symbol}}' })).data();
console.log(open.map((o) => [o.orderId, o.type, o.side, o.origQty, o.reduceOnly]));
