/**
 * What in a line says which Binance API answered: hosts and paths, client calls and classes, symbol
 * forms, parameters and wording that exist in one product (or one group of products) only. Each rule
 * votes for its products with a weight: an endpoint most, a client call or class next, a symbol form,
 * a parameter or a message's wording least.
 */
import type { Product } from '../types';

/** One rule: where it matches a line, it votes `weight` for each of `products`. */
export interface ProductRule {
  re: RegExp;
  products: readonly Product[];
  weight: number;
  reason: string;
  /** A method name ccxt has too (`create_order`): it says nothing about the product when the paste is ccxt's. */
  notCcxt?: true;
  /** A symbol form: tried only on a line SYMBOL_GATE passes. */
  symbol?: true;
}

/** Weights: an endpoint, a client call or class, a symbol form, a parameter or wording. */
export const WEIGHT = { endpoint: 5, client: 3, symbol: 2, param: 1.5 } as const;

const FUTURES: readonly Product[] = ['usdm', 'coinm', 'pm'];
const SPOT_LIKE: readonly Product[] = ['spot', 'sapi', 'us'];

const rule = (re: RegExp, products: Product | readonly Product[], weight: number, reason: string, notCcxt?: true): ProductRule =>
  notCcxt === undefined ? { re, products: typeof products === 'string' ? [products] : products, weight, reason } : { re, products: typeof products === 'string' ? [products] : products, weight, reason, notCcxt };

const symbolRule = (re: RegExp, products: Product, weight: number, reason: string): ProductRule => ({ ...rule(re, products, weight, reason), symbol: true });

const { endpoint: E, client: C, symbol: S, param: P } = WEIGHT;

// NOTE: every rule that holds a negative lookaround is case-insensitive, so the rules merge into one cheap first test (anyOf).
// NOTE: `Please use POST /fapi/v1/listenKey to recreate listenKey` is -1125's message on every futures page, COIN-M's too: not the request's path.
export const PRODUCT_RULES: readonly ProductRule[] = [
  // Hosts and paths.
  rule(/(?<!use POST \/?)(?:\bfapi(?:\.binance\.com|\/v\d)|\/fapi\/)|testnet\.binancefuture\.com(?!\/dapi)|\bfstream\.binance|\bws-fapi\.binance/i, 'usdm', E, 'a USD-M endpoint (fapi)'),
  rule(/\bdapi(?:\.binance\.com|\/v\d)|\/dapi\/|\bdstream\.binance/i, 'coinm', E, 'a COIN-M endpoint (dapi)'),
  rule(/\bpapi(?:\.binance\.com|\/v\d)|\/papi\//i, 'pm', E, 'a Portfolio Margin endpoint (papi)'),
  rule(/\b[ev]api(?:\.binance\.com|\/v\d)|\/[ev]api\//i, 'options', E, 'an Options endpoint (eapi)'),
  rule(/\/sapi\/v\d\/(?!broker|apiReferral)|\bsapi\/v\d\/(?!broker|apiReferral)/i, 'sapi', E, 'a SAPI endpoint (sapi: wallet, margin, sub-account …)'),
  rule(/\/sapi\/v\d\/(?:broker|apiReferral)/i, 'link', E, 'a Binance Link endpoint (sapi/v1/broker)'),
  // NOTE: Binance.US serves /api/v3/ and /sapi/ paths too: its host outweighs the path on the same line.
  rule(/\bapi\.binance\.us\b|\bbinance\.us\/api/i, 'us', E + 1, 'a Binance.US host (api.binance.us)'),
  rule(/(?<!binance\.us)\/api\/v3\/|\bapi\d?\.binance\.com\/api\/|testnet\.binance\.vision|\bws-api\.binance\.com/i, 'spot', E, 'a Spot endpoint (api/v3)'),
  // Client calls and classes.
  rule(/\b(?:futures_coin_\w+|dapi(?:Private|Public|Data)\w*|dapi_(?:private|public)_\w+|binancecoinm|CMFutures\w*|cm_futures|coin_margined|CoinFuturesApi|FuturesCoin|delivery\.NewClient|NewDeliveryClient|delivery[A-Z]\w*\s*\(|defaultType['"]?\]?\s*[:=]\s*['"](?:delivery|inverse))/i, 'coinm', C, 'a COIN-M client method or class'),
  rule(/\b(?:futures_(?!coin_)\w+|fapi(?:Private|Public|Data)\w*|fapi_(?:private|public)_\w+|binanceusdm|UMFutures\w*|um_futures|usds?_margined|DerivativesTradingUsdsFutures|UsdFuturesApi|FuturesUsdt|BinanceFuturesClient|NewFuturesClient|binance_f\b|binance_futures\b|futures\.NewClient|futures[A-Z]\w*\s*\(|defaultType['"]?\]?\s*[:=]\s*['"](?:future|swap|linear))/i, 'usdm', C, 'a USD-M client method or class'),
  rule(/\b(?:papi(?:Get|Post|Put|Delete|_get|_post|_put|_delete)\w*|papi_\w+|PortfolioMargin\w*|portfolio\.NewClient)|\bportfolio[ _-]margin\b/i, 'pm', C, 'a Portfolio Margin client method or class'),
  rule(/\b(?:eapi(?:Private|Public|Get|Post|Put|Delete|_private|_public|_get|_post)\w*|options_\w+\s*\(|NewOptionsClient|options\.NewClient|defaultType['"]?\]?\s*[:=]\s*['"]option)/i, 'options', C, 'an Options client method or class'),
  rule(/\b(?:sapi(?:Get|Post|Put|Delete|_get|_post|_put|_delete)\w*|create_margin_\w+|(?:get|repay|cancel|query)_margin_\w+|\w*margin_(?:borrow|repay|order|account|transfer|loan)\w*|transfer_(?:spot|margin|isolated|dust|history)\w*|(?:get|query)_(?:deposit|withdraw|sub_account|dust|asset_dividend|universal_transfer)\w*|sub_account_\w+|universal_transfer\w*|funding_wallet|withdraw\s*\(|Wallet\.withdraw|impl\.spot\.(?:Wallet|Margin|SubAccount|Convert|Staking|SimpleEarn|Mining|Futures|Savings)|GeneralApi|SubAccount\w*Async|Margin\w*Async|WithdrawDeposit|mg[A-Z]\w*\s*\(|defaultType['"]?\]?\s*[:=]\s*['"]margin)/i, 'sapi', C, 'a wallet, margin or sub-account call (SAPI)'),
  rule(/\b(?:staking|simple_earn|savings|lending|convert|mining|loan|auto_invest|gift_card|rebate|fiat|c2c|dual_investment)_\w+\s*\(|(?:SubAccount|Convert|Staking|SimpleEarn|Withdraw|Dust|Savings|Mining|CrossMargin|IsolatedMargin|MarginAccount|MarginOrder|Universal)\w*Async\b/, 'sapi', C + 1, 'a wallet, margin, sub-account, earn or convert call (SAPI)'),
  rule(/\bsub[-_ ]?accounts?\b/i, 'sapi', S, 'the paste is about sub-accounts (SAPI)'),
  rule(/\b\w*SubAccount(?:To|Transfer|Assets?|List|Futures|Margin)\w*/, 'sapi', C, 'a sub-account call (SAPI)'),
  rule(/\bbinanceus\b|\bbinance\.us\b/i, 'us', C, 'Binance.US'),
  rule(/\b(?:SpotApi(?!\.\w+\.\w*(?:Margin|SubAccount|Withdraw|Deposit|Transfer|Dust|Convert|Staking|Savings|Loan))|SpotRestClient|SpotClientImpl|impl\.spot\.(?:Trade|Market)|defaultType['"]?\]?\s*[:=]\s*['"]spot|(?:binance|api|exchange|client)(?:\.|->)(?:buy|sell|marketBuy|marketSell|orderStatus|openOrders)\s*\(|\$\w+->(?:buy|sell|marketBuy|marketSell)\s*\(|Spot\s*\(\s*(?:key|api_key|base_url|\)))/, 'spot', C, 'a Spot client method or class'),
  // NOTE: ccxt has create_order and cancel_order too, on an `exchange` (or `binance`) object: not counted there, nor where the paste is ccxt's.
  rule(/(?<!exchange\.|\bex\.|binance\.)\b(?:create_order|create_test_order|order_(?:market|limit)(?:_buy|_sell)?|create_oco_order|order_oco_(?:buy|sell)|cancel_order|get_order|get_open_orders|get_all_orders|get_my_trades|get_asset_balance|get_account)\s*\(|in (?:create_order|create_test_order|order_(?:market|limit)\w*|cancel_order|get_order)$/i, 'spot', C, 'python-binance’s Spot order call', true),
  rule(/in _request_futures_api\b/, 'usdm', C, 'python-binance’s futures request (_request_futures_api)'),
  rule(/\bbinance[ _]perpetual\b/i, 'usdm', C, 'hummingbot’s Binance Perpetual connector (USD-M)'),
  rule(/in _request_futures_coin_api\b/, 'coinm', C, 'python-binance’s COIN-M request (_request_futures_coin_api)'),
  rule(/in _request_margin_api\b/, 'sapi', C, 'python-binance’s margin and wallet request (_request_margin_api)'),
  rule(/in _request_options_api\b/, 'options', C, 'python-binance’s Options request (_request_options_api)'),
  rule(/in _request_papi_api\b/, 'pm', C, 'python-binance’s Portfolio Margin request (_request_papi_api)'),
  rule(/in _request_api\b/, 'spot', C, 'python-binance’s Spot request (_request_api)', true),
  // Symbol forms (tried only on lines SYMBOL_GATE passes: runs of letters tried at every position cost more than all the rest).
  symbolRule(/\b[A-Z0-9]{2,10}\/USD:[A-Z0-9]{2,10}\b/, 'coinm', C, 'a ccxt COIN-M symbol (BTC/USD:BTC)'),
  symbolRule(/\b[A-Z0-9]{2,10}\/(?:USDT|USDC|BUSD):(?:USDT|USDC|BUSD)\b(?!-)/i, 'usdm', C, 'a ccxt USD-M symbol (BTC/USDT:USDT)'),
  symbolRule(/\b[A-Z]{2,10}USD_(?:PERP|\d{6})\b/, 'coinm', S, 'a COIN-M symbol (…USD_PERP or …USD_yymmdd)'),
  symbolRule(/\b[A-Z0-9]{2,10}USDT_\d{6}\b/, 'usdm', S, 'a USD-M delivery symbol (…USDT_yymmdd)'),
  symbolRule(/\b[A-Z]{2,6}-\d{6}-\d+(?:\.\d+)?-[CP]\b/, 'options', S, 'an Options symbol (BTC-yymmdd-strike-C/P)'),
  symbolRule(/\b[A-Z0-9]{2,10}\/(?:USDT|USDC|BUSD|FDUSD|BTC|ETH|BNB|EUR|TRY)(?![:\w/])/i, 'spot', 1, 'a ccxt Spot symbol (BTC/USDT)'),
  // Parameters and wording that exist in one group of products only.
  rule(/\b(?:positionSide|reduceOnly|closePosition|dualSidePosition|markPrice|workingType|priceProtect|callbackRate|MARGIN_NOT_SUFFICIEN)\b/, FUTURES, P, 'a futures-only parameter'),
  rule(/\bnewOrderRespType['"]?\s*[:=]\s*['"]?FULL\b|\bquoteOrderQty\b/, SPOT_LIKE, P, 'a Spot-only parameter (quoteOrderQty or newOrderRespType=FULL)'),
  rule(/\bFilter failure: |Account has insufficient balance for requested action/, SPOT_LIKE, S, 'a Spot-only message'),
  rule(/\b(?:usds?-m|USDⓈ-M)\b/i, 'usdm', S, 'the paste names USDⓈ-M'),
  rule(/\bCOIN-M\b/i, 'coinm', S, 'the paste names COIN-M'),
];

/** What every symbol-form rule needs: `/` before a base asset's capitals, `USD_`/`USDT_` with a date or PERP, or an options expiry. */
export const SYMBOL_GATE = /\/[A-Z]{3}|USDT?_(?:\d|PERP)|-\d{6}-\d/;

/**
 * Cheap first tests: every endpoint rule above (weight WEIGHT.endpoint) needs one of the HOST_WORDS, every
 * other rule one of the OTHER_WORDS, so a line without them is tried against none of those rules. Most
 * evidence lines of a long log — a fill, a price poll on fapi — pass neither, or only the first.
 */
export const HOST_WORDS = /[fdpevs]api|api\/v3|binance(?:\.(?:us|vision|com\/api)|future)|[fd]stream|ws-api/i;

export const OTHER_WORDS =
  /a(?:ccount|sync|uto_invest)|b(?:inance(?:coinm|usdm|us|_f\b|_futures|[ _]perpetual)|tc\b|inance\.us)|c(?:oin|m_?futures|onvert|2c|allbackrate|loseposition)|d(?:elivery|efaulttype|ualsideposition)|[fdpes]api(?:private|public|data|get|post|put|delete|_)|f(?:utures|iat_|ilter failure)|g(?:eneralapi|et_|ift_card)|i(?:mpl\.spot|nsufficient balance|n _request_|n create_|n cancel_|n order_)|l(?:ending|oan)|m(?:argin|g[a-z]|ining|arkprice)|o(?:ptions_|ptionsclient|rder_)|p(?:ortfolio|ositionside|riceprotect)|quoteorderqty|r(?:educeonly|ebate)|s(?:pot|taking|imple_earn|avings|ufficien|ub[-_ ]?account)|transfer|u(?:sdm|sdt?_\d|sds?_margined|sd\S?-m|m_?futures)|w(?:ithdraw|allet|orkingtype)|neworderresptype|_(?:orders?\b|perp)|[.>](?:buy|sell|marketbuy|marketsell|orderstatus|openorders)\s*\(|\/(?:usd|btc|eth|bnb|eur|try|fdusd|busd|usdc)|\d{6}-\d|-m\b|create_|cancel_/i;
