import { Spot } from '@binance/connector';
const client = new Spot(process.env.API_KEY, process.env.API_SECRET);
const p = (await client.apiPermissions()).data;
console.log(p.enableFutures, p.enableSpotAndMarginTrading, p.ipRestrict);
