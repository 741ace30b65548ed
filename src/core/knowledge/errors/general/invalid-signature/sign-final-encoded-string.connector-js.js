import crypto from 'node:crypto';
const qs = new URLSearchParams({ symbol: '{{symbol}}', side: 'SELL', type: 'MARKET', quantity: '0.002', timestamp: String(Date.now()) }).toString();
const sig = crypto.createHmac('sha256', process.env.API_SECRET).update(qs).digest('hex');
const res = await fetch(`https://fapi.binance.com/fapi/v1/order?${qs}&signature=${sig}`, { method: 'POST', headers: { 'X-MBX-APIKEY': process.env.API_KEY } });
console.log(res.status, await res.text());
