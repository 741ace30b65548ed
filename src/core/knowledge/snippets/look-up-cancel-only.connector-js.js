import { Spot } from '@binance/connector';
const client = new Spot(process.env.API_KEY, process.env.API_SECRET);
const o = (await client.getOrder('{{symbol}}', { origClientOrderId: 'bot-0001' })).data;
if (['NEW', 'PARTIALLY_FILLED'].includes(o.status)) await client.cancelOrder('{{symbol}}', { origClientOrderId: 'bot-0001' });
