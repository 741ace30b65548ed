import crypto from 'node:crypto';
const body = new URLSearchParams({ symbol: '{{symbol}}', side: 'BUY', type: 'MARKET', quantity: '0.002', timestamp: String(Date.now()) }).toString();
const sig = crypto.createHmac('sha256', process.env.API_SECRET).update(body).digest('hex');
const res = await fetch('https://fapi.binance.com/fapi/v1/order', { method: 'POST', body: `${body}&signature=${sig}`,
  headers: { 'X-MBX-APIKEY': process.env.API_KEY, 'Content-Type': 'application/x-www-form-urlencoded' } });
console.log(res.status, await res.text());
