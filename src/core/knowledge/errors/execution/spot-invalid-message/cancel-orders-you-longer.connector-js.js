import { Spot } from '@binance/connector';
const client = new Spot(process.env.API_KEY, process.env.API_SECRET);
const { data } = await client.openOrders({ symbol: '{{symbol}}' });
console.log(data.length, 'open orders on {{symbol}}');
const oldest = data.sort((a, b) => a.time - b.time).slice(0, 10);
for (const o of oldest) await client.cancelOrder('{{symbol}}', { orderId: o.orderId });
