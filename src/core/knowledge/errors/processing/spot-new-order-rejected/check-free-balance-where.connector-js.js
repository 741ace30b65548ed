import { Spot } from '@binance/connector';
const client = new Spot(process.env.API_KEY, process.env.API_SECRET);
const usdt = (await client.account()).data.balances.find((b) => b.asset === 'USDT');
console.log('free', usdt.free, 'locked', usdt.locked);
