import ccxt from 'ccxt';
// portfolioMargin: true sends futures calls to /papi/ (only for accounts switched to Portfolio Margin)
const ex = new ccxt.binance({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET, options: { defaultType: 'future', portfolioMargin: true } });
console.log((await ex.fetchBalance()).total);
