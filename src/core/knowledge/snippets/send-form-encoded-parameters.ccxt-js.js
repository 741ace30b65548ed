import ccxt from 'ccxt';
const ex = new ccxt.binanceusdm({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });
const params = { symbol: '{{symbol}}', side: 'BUY', type: 'LIMIT', quantity: 0.01, price: undefined };
const missing = Object.entries(params).filter(([, v]) => v === undefined || v === null || v === '').map(([k]) => k);
if (missing.length) throw new Error('empty: ' + missing.join(','));
