import { DerivativesTradingUsdsFutures, DERIVATIVES_TRADING_USDS_FUTURES_WS_STREAMS_PROD_URL } from '@binance/derivatives-trading-usds-futures';
const client = new DerivativesTradingUsdsFutures({ configurationWebsocketStreams: { wsURL: DERIVATIVES_TRADING_USDS_FUTURES_WS_STREAMS_PROD_URL } });
const connection = await client.websocketStreams.connect();
const stream = connection.markPriceStream({ symbol: 'btcusdt', updateSpeed: '1s' });
stream.on('message', (data) => console.log(data.p));
