import { Spot } from '@binance/connector';
const client = new Spot(process.env.API_KEY, process.env.API_SECRET);
const a = (await client.account()).data;
console.log(a.canTrade, a.accountType, a.permissions);
