import { DerivativesTradingUsdsFutures } from '@binance/derivatives-trading-usds-futures';
const client = new DerivativesTradingUsdsFutures({ configurationRestAPI: { apiKey: process.env.API_KEY, apiSecret: process.env.API_SECRET } });
const book = await (await client.restAPI.symbolOrderBookTicker({ symbol: '{{symbol}}' })).data();
await client.restAPI.newOrder({ symbol: '{{symbol}}', side: 'BUY', type: 'LIMIT', timeInForce: 'GTX', quantity: 0.002, price: Number(book.bidPrice) });
