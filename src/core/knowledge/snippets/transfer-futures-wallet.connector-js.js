import { Spot } from '@binance/connector';
const client = new Spot(process.env.API_KEY, process.env.API_SECRET);
await client.userUniversalTransfer('MAIN_UMFUTURE', 'USDT', 50);
