/**
 * Library heads shared by the snippet sets of every knowledge file: the imports and the client
 * each snippet starts from, keys read from the environment. USD-M unless named `_SPOT`.
 */
import { lines } from './build';

export const FAPI = 'https://fapi.binance.com';
export const DAPI = 'https://dapi.binance.com';
export const SPOT = 'https://api.binance.com';

const DECIMAL = 'from decimal import Decimal, ROUND_DOWN';

/** A Python head: `import os`, optionally the Decimal import, the library's import, a blank line, the client. */
const pyHead = (imports: string, client: string, decimal = false): string =>
  lines('import os', ...(decimal ? [DECIMAL] : []), imports, '', client);

/** ccxt in Python, for the given exchange class (binanceusdm, binance). */
const ccxtPy = (cls: string): string => pyHead('import ccxt', `ex = ccxt.${cls}({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})`);
/** ccxt in JavaScript, for the given exchange class. */
const ccxtJs = (cls: string): string =>
  lines("import ccxt from 'ccxt';", `const ex = new ccxt.${cls}({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });`);

const pbHead = (decimal = false): string => pyHead('from binance.client import Client', 'client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])', decimal);
const umHead = (decimal = false): string =>
  pyHead('from binance.um_futures import UMFutures', 'um = UMFutures(key=os.environ["API_KEY"], secret=os.environ["API_SECRET"])', decimal);
const spotHead = (decimal = false): string =>
  pyHead('from binance.spot import Spot', 'client = Spot(api_key=os.environ["API_KEY"], api_secret=os.environ["API_SECRET"])', decimal);

/** python-binance (one client for every product). */
export const PB = pbHead();
export const PB_DEC = pbHead(true);

/** ccxt, USD-M futures. */
export const CPY = ccxtPy('binanceusdm');
export const CJS = ccxtJs('binanceusdm');

/** binance-futures-connector (Python) and the USD-M derivatives connector (JavaScript). */
export const UPY = umHead();
export const UPY_DEC = umHead(true);
export const UJS = lines(
  "import { DerivativesTradingUsdsFutures } from '@binance/derivatives-trading-usds-futures';",
  'const client = new DerivativesTradingUsdsFutures({ configurationRestAPI: { apiKey: process.env.API_KEY, apiSecret: process.env.API_SECRET } });',
);

/** Spot: ccxt and the binance-connector for Python and JavaScript. */
export const CPY_SPOT = ccxtPy('binance');
export const CJS_SPOT = ccxtJs('binance');
export const UPY_SPOT = spotHead();
export const UPY_SPOT_DEC = spotHead(true);
export const UJS_SPOT = lines("import { Spot } from '@binance/connector';", 'const client = new Spot(process.env.API_KEY, process.env.API_SECRET);');

/** python-binance with its API exception imported (imports first, then the client), then the body. */
export const pbCatching = (...body: string[]): string =>
  lines(pyHead('from binance.client import Client\nfrom binance.exceptions import BinanceAPIException', 'client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])'), '', ...body);
/** binance-futures-connector with its ClientError imported, then the body. */
export const umCatching = (...body: string[]): string =>
  lines(pyHead('from binance.um_futures import UMFutures\nfrom binance.error import ClientError', 'um = UMFutures(key=os.environ["API_KEY"], secret=os.environ["API_SECRET"])'), '', ...body);

/** python-binance with Decimal, BTCUSDT's entry of the futures exchangeInfo in `sym`, then the body. */
export const pbSymbol = (...body: string[]): string =>
  lines(PB_DEC, 'sym = next(s for s in client.futures_exchange_info()["symbols"] if s["symbol"] == "BTCUSDT")', ...body);
/** binance-futures-connector with Decimal, BTCUSDT's entry of the exchangeInfo in `sym`, then the body. */
export const umSymbol = (...body: string[]): string => lines(UPY_DEC, 'sym = next(s for s in um.exchange_info()["symbols"] if s["symbol"] == "BTCUSDT")', ...body);
/** The USD-M JavaScript connector with the exchangeInfo in `info`, then the body. */
export const ujsInfo = (...body: string[]): string => lines(UJS, 'const info = await (await client.restAPI.exchangeInformation()).data();', ...body);
