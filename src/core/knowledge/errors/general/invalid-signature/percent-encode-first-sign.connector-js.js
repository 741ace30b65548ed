import crypto from 'node:crypto';
const qs = new URLSearchParams({ symbol: '币安人生USDT', side: 'BUY', type: 'MARKET', quantity: '10', timestamp: String(Date.now()) }).toString();
const sig = crypto.createHmac('sha256', process.env.API_SECRET).update(qs).digest('hex'); // signs the encoded text
console.log(`${qs}&signature=${sig}`);
