/**
 * Knowledge for the processing codes (-2000 … -2999) of USD-M, COIN-M, Spot and Portfolio Margin:
 * orders rejected by account state, orders not found, API-key problems. The same number means
 * different things on Spot: -2010 carries its real reason in msg, -2021/-2022 are cancel-replace
 * results and -2026 is ORDER_ARCHIVED, so Spot gets `spot:` entries for them.
 */
import { cause, fix, fixFirst, lines, never, noop, signed, simple, six, wait } from './build';
import { CJS, CJS_SPOT, CPY, CPY_SPOT, PB, pbCatching, SPOT, UJS, UJS_SPOT, umCatching, UPY, UPY_SPOT } from './snippets';
import type { Knowledge, RetryAdvice, Snippet } from '../types';
import { algoEndpoint } from '../rules/algo-endpoint';
import { coinMarginedContract } from '../rules/coin-margined-contract';
import { conditionalOrderType } from '../rules/conditional-order-type';
import { highLeverage } from '../rules/high-leverage';
import { modeFromPositionSide } from '../rules/mode-from-position-side';
import { reduceOnlyConflict } from '../rules/reduce-only-conflict';
import { spotCancelPath } from '../rules/spot-cancel-path';
import { spotCancelReason } from '../rules/spot-cancel-reason';
import { spotRejectReason } from '../rules/spot-reject-reason';
import { testHost } from '../rules/test-host';
import { triggerOrderType } from '../rules/trigger-order-type';
import { unitLeverage } from '../rules/unit-leverage';

// ---------------------------------------------------------------------------------------------
// Snippet sets: futures (USD-M; the steps give /dapi/ and /papi/ equivalents).

/** Cancel; if Binance says the order is gone, read its final status instead of retrying. */
const S_CANCEL_GONE: Snippet[] = six(
  pbCatching(
    'try:',
    '    client.futures_cancel_order(symbol="BTCUSDT", origClientOrderId="bot-0001")',
    'except BinanceAPIException as e:',
    '    if e.code != -2011:',
    '        raise',
    '    o = client.futures_get_order(symbol="BTCUSDT", origClientOrderId="bot-0001")',
    '    print("already", o["status"], "filled", o["executedQty"])  # FILLED / CANCELED / EXPIRED: nothing to cancel',
  ),
  lines(
    CPY,
    'try:',
    '    ex.cancel_order(None, "BTC/USDT:USDT", {"origClientOrderId": "bot-0001"})',
    'except ccxt.OrderNotFound:',
    '    o = ex.fetch_order(None, "BTC/USDT:USDT", {"origClientOrderId": "bot-0001"})',
    '    print("already", o["status"], o["filled"])',
  ),
  lines(
    CJS,
    'try {',
    "  await ex.cancelOrder(undefined, 'BTC/USDT:USDT', { origClientOrderId: 'bot-0001' });",
    '} catch (e) {',
    '  if (!(e instanceof ccxt.OrderNotFound)) throw e;',
    "  const o = await ex.fetchOrder(undefined, 'BTC/USDT:USDT', { origClientOrderId: 'bot-0001' });",
    "  console.log('already', o.status, o.filled);",
    '}',
  ),
  umCatching(
    'try:',
    '    um.cancel_order(symbol="BTCUSDT", origClientOrderId="bot-0001")',
    'except ClientError as e:',
    '    if e.error_code != -2011:',
    '        raise',
    '    o = um.query_order(symbol="BTCUSDT", origClientOrderId="bot-0001")',
    '    print("already", o["status"], o["executedQty"])',
  ),
  lines(
    UJS,
    'try {',
    "  await client.restAPI.cancelOrder({ symbol: 'BTCUSDT', origClientOrderId: 'bot-0001' });",
    '} catch (err) {',
    "  const o = await (await client.restAPI.queryOrder({ symbol: 'BTCUSDT', origClientOrderId: 'bot-0001' })).data();",
    "  console.log('already', o.status, o.executedQty);",
    '}',
  ),
  lines('# status FILLED / CANCELED / EXPIRED means there is nothing left to cancel', signed('GET', '/fapi/v1/order', 'symbol=BTCUSDT&origClientOrderId=bot-0001')),
);

/** Conditional orders (since 2025-12-09): cancel and look them up on the Algo Order API. */
const S_ALGO: Snippet[] = six(
  lines(
    PB,
    'print(client.futures_get_open_algo_orders(symbol="BTCUSDT"))  # STOP / TAKE_PROFIT / trailing orders live here',
    'client.futures_cancel_algo_order(symbol="BTCUSDT", algoId=123456)',
  ),
  lines(
    CPY,
    'orders = ex.fetch_open_orders("BTC/USDT:USDT", params={"trigger": True})',
    'ex.cancel_order(orders[0]["id"], "BTC/USDT:USDT", params={"trigger": True})',
  ),
  lines(
    CJS,
    "const orders = await ex.fetchOpenOrders('BTC/USDT:USDT', undefined, undefined, { trigger: true });",
    "await ex.cancelOrder(orders[0].id, 'BTC/USDT:USDT', { trigger: true });",
  ),
  lines(
    UPY,
    '# no Algo Order wrapper in this connector: sign the calls yourself',
    'print(um.sign_request("GET", "/fapi/v1/openAlgoOrders", {"symbol": "BTCUSDT"}))',
    'um.sign_request("DELETE", "/fapi/v1/algoOrder", {"symbol": "BTCUSDT", "algoId": 123456})',
  ),
  lines(
    UJS,
    "const algo = await (await client.restAPI.queryAlgoOrder({ algoId: 123456 })).data();",
    "console.log(algo.algoStatus);",
    "await client.restAPI.cancelAlgoOrder({ algoId: 123456 });",
  ),
  lines(
    signed('GET', '/fapi/v1/openAlgoOrders', 'symbol=BTCUSDT'),
    signed('DELETE', '/fapi/v1/algoOrder', 'algoId=123456'),
  ),
);

/** Look an order up for a few seconds before deciding it does not exist. */
const S_QUERY_BACKOFF: Snippet[] = six(
  lines(
    'import time',
    pbCatching(
      'for wait in (0.5, 1, 2, 4):',
      '    try:',
      '        print(client.futures_get_order(symbol="BTCUSDT", origClientOrderId="bot-0001")["status"])',
      '        break',
      '    except BinanceAPIException as e:',
      '        if e.code != -2013:',
      '            raise',
      '        time.sleep(wait)  # not visible yet: ask again',
    ),
  ),
  lines(
    'import time',
    CPY,
    'for wait in (0.5, 1, 2, 4):',
    '    try:',
    '        print(ex.fetch_order(None, "BTC/USDT:USDT", {"origClientOrderId": "bot-0001"})["status"])',
    '        break',
    '    except ccxt.OrderNotFound:',
    '        time.sleep(wait)',
  ),
  lines(
    CJS,
    'for (const ms of [500, 1000, 2000, 4000]) {',
    "  try { console.log((await ex.fetchOrder(undefined, 'BTC/USDT:USDT', { origClientOrderId: 'bot-0001' })).status); break; }",
    '  catch (e) { if (!(e instanceof ccxt.OrderNotFound)) throw e; await new Promise((r) => setTimeout(r, ms)); }',
    '}',
  ),
  lines(
    'import time',
    umCatching(
      'for wait in (0.5, 1, 2, 4):',
      '    try:',
      '        print(um.query_order(symbol="BTCUSDT", origClientOrderId="bot-0001")["status"])',
      '        break',
      '    except ClientError as e:',
      '        if e.error_code != -2013:',
      '            raise',
      '        time.sleep(wait)',
    ),
  ),
  lines(
    UJS,
    'for (const ms of [500, 1000, 2000, 4000]) {',
    "  try { console.log((await (await client.restAPI.queryOrder({ symbol: 'BTCUSDT', origClientOrderId: 'bot-0001' })).data()).status); break; }",
    '  catch (err) { await new Promise((r) => setTimeout(r, ms)); }',
    '}',
  ),
  lines('# -2013 right after placing can mean "not visible yet": ask again a few times', 'for i in 1 2 3; do', `  ${signed('GET', '/fapi/v1/order', 'symbol=BTCUSDT&origClientOrderId=bot-0001').split('\n').join('\n  ')}`, '  sleep 2', 'done'),
);

/** Confirm the key: clean it, check its length, call a signed endpoint. */
const S_KEY_CLEAN: Snippet[] = six(
  lines(
    'import os',
    'from binance.client import Client',
    '',
    'key, secret = os.environ["API_KEY"].strip(), os.environ["API_SECRET"].strip()',
    'print(len(key), len(secret))  # both normally 64 characters, letters and digits only',
    'client = Client(key, secret)',
    'print(client.futures_account_balance())  # any signed call proves the pair works',
  ),
  lines(
    'import os',
    'import ccxt',
    '',
    'key, secret = os.environ["API_KEY"].strip(), os.environ["API_SECRET"].strip()',
    'print(len(key), len(secret))',
    'ex = ccxt.binanceusdm({"apiKey": key, "secret": secret})',
    'print(ex.fetch_balance()["USDT"])',
  ),
  lines(
    "import ccxt from 'ccxt';",
    'const apiKey = (process.env.API_KEY ?? \'\').trim(); const secret = (process.env.API_SECRET ?? \'\').trim();',
    'console.log(apiKey.length, secret.length);',
    'const ex = new ccxt.binanceusdm({ apiKey, secret });',
    'console.log((await ex.fetchBalance()).USDT);',
  ),
  lines(
    'import os',
    'from binance.um_futures import UMFutures',
    '',
    'key, secret = os.environ["API_KEY"].strip(), os.environ["API_SECRET"].strip()',
    'print(len(key), len(secret))',
    'print(UMFutures(key=key, secret=secret).balance())',
  ),
  lines(
    "import { DerivativesTradingUsdsFutures } from '@binance/derivatives-trading-usds-futures';",
    "const apiKey = (process.env.API_KEY ?? '').trim(); const apiSecret = (process.env.API_SECRET ?? '').trim();",
    'console.log(apiKey.length, apiSecret.length);',
    'const client = new DerivativesTradingUsdsFutures({ configurationRestAPI: { apiKey, apiSecret } });',
    'console.log(await (await client.restAPI.futuresAccountBalanceV3()).data());',
  ),
  lines(
    'echo -n "$API_KEY" | wc -c   # 64 expected; more means a stray newline or space',
    signed('GET', '/fapi/v3/balance', ''),
  ),
);

/** Read what the key may do: GET /sapi/v1/account/apiRestrictions. */
const S_KEY_PERMS: Snippet[] = six(
  lines(
    PB,
    'p = client.get_account_api_permissions()',
    'print(p["enableFutures"], p["enableSpotAndMarginTrading"], p["ipRestrict"])',
  ),
  lines(CPY_SPOT, 'p = ex.sapiGetAccountApiRestrictions()', 'print(p["enableFutures"], p["enableSpotAndMarginTrading"], p["ipRestrict"])'),
  lines(CJS_SPOT, 'const p = await ex.sapiGetAccountApiRestrictions();', 'console.log(p.enableFutures, p.enableSpotAndMarginTrading, p.ipRestrict);'),
  lines(UPY_SPOT, 'p = client.api_key_permissions()', 'print(p["enableFutures"], p["enableSpotAndMarginTrading"], p["ipRestrict"])'),
  lines(UJS_SPOT, 'const p = (await client.apiPermissions()).data;', 'console.log(p.enableFutures, p.enableSpotAndMarginTrading, p.ipRestrict);'),
  lines('# enableFutures / enableSpotAndMarginTrading / ipRestrict tell you what this key may do', signed('GET', '/sapi/v1/account/apiRestrictions', '', SPOT)),
);

/** Point the library at the environment the key was made for. */
const S_ENV: Snippet[] = six(
  lines('import os', 'from binance.client import Client', '', '# testnet keys only work with testnet=True; mainnet keys only without it', 'client = Client(os.environ["API_KEY"], os.environ["API_SECRET"], testnet=True)', 'print(client.futures_account_balance())'),
  lines('import os', 'import ccxt', '', 'ex = ccxt.binanceusdm({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})', 'ex.set_sandbox_mode(True)  # only for testnet keys; leave it out for mainnet keys', 'print(ex.fetch_balance()["USDT"])'),
  lines("import ccxt from 'ccxt';", 'const ex = new ccxt.binanceusdm({ apiKey: process.env.API_KEY, secret: process.env.API_SECRET });', 'ex.setSandboxMode(true); // testnet keys only', "console.log((await ex.fetchBalance()).USDT);"),
  lines('import os', 'from binance.um_futures import UMFutures', '', 'um = UMFutures(key=os.environ["API_KEY"], secret=os.environ["API_SECRET"], base_url="https://testnet.binancefuture.com")', 'print(um.balance())'),
  lines(
    "import { DerivativesTradingUsdsFutures } from '@binance/derivatives-trading-usds-futures';",
    "const client = new DerivativesTradingUsdsFutures({ configurationRestAPI: { apiKey: process.env.API_KEY, apiSecret: process.env.API_SECRET, basePath: 'https://testnet.binancefuture.com' } });",
    'console.log(await (await client.restAPI.futuresAccountBalanceV3()).data());',
  ),
  lines('# testnet key -> testnet host; mainnet key -> fapi.binance.com', signed('GET', '/fapi/v3/balance', '', 'https://testnet.binancefuture.com')),
);

/** Size from the available balance, leverage and a fee buffer. */
const S_AVAILABLE: Snippet[] = six(
  lines(
    'from decimal import Decimal',
    PB,
    'avail = Decimal(next(b for b in client.futures_account_balance() if b["asset"] == "USDT")["availableBalance"])',
    'lev = Decimal(client.futures_symbol_config(symbol="BTCUSDT")[0]["leverage"])',
    'price = Decimal(client.futures_mark_price(symbol="BTCUSDT")["markPrice"])',
    'qty = avail * lev * Decimal("0.95") / price  # keep ~5% for fees and price moves',
    'print("available", avail, "leverage", lev, "max qty ~", qty)',
  ),
  lines(
    CPY,
    'free = ex.fetch_balance()["USDT"]["free"]',
    'lev = ex.fetch_leverage("BTC/USDT:USDT")["longLeverage"]',
    'price = ex.fetch_ticker("BTC/USDT:USDT")["last"]',
    'print("max qty ~", free * lev * 0.95 / price)',
  ),
  lines(
    CJS,
    "const free = (await ex.fetchBalance()).USDT.free;",
    "const lev = (await ex.fetchLeverage('BTC/USDT:USDT')).longLeverage;",
    "const price = (await ex.fetchTicker('BTC/USDT:USDT')).last;",
    "console.log('max qty ~', (free * lev * 0.95) / price);",
  ),
  lines(
    UPY,
    'avail = float(next(b for b in um.balance() if b["asset"] == "USDT")["availableBalance"])',
    'lev = float(um.sign_request("GET", "/fapi/v1/symbolConfig", {"symbol": "BTCUSDT"})[0]["leverage"])',
    'price = float(um.mark_price(symbol="BTCUSDT")["markPrice"])',
    'print("max qty ~", avail * lev * 0.95 / price)',
  ),
  lines(
    UJS,
    'const bal = await (await client.restAPI.futuresAccountBalanceV3()).data();',
    "const avail = Number(bal.find((b) => b.asset === 'USDT').availableBalance);",
    "const mark = await (await client.restAPI.markPrice({ symbol: 'BTCUSDT' })).data();",
    "console.log('max notional at 1x ~', avail * 0.95, 'mark', mark.markPrice);",
  ),
  lines('# availableBalance is what a new order can use; compare it with notional / leverage + fees', signed('GET', '/fapi/v3/account', '')),
);

/** Move funds from the Spot wallet to the USD-M futures wallet. */
const S_TRANSFER: Snippet[] = six(
  lines(PB, '# MAIN_UMFUTURE = Spot -> USD-M; MAIN_CMFUTURE = Spot -> COIN-M', 'client.make_universal_transfer(type="MAIN_UMFUTURE", asset="USDT", amount="50")'),
  lines(CPY_SPOT, 'ex.transfer("USDT", 50, "spot", "future")  # "delivery" for COIN-M'),
  lines(CJS_SPOT, "await ex.transfer('USDT', 50, 'spot', 'future');"),
  lines(UPY_SPOT, 'client.user_universal_transfer(type="MAIN_UMFUTURE", asset="USDT", amount="50")'),
  lines(UJS_SPOT, "await client.userUniversalTransfer('MAIN_UMFUTURE', 'USDT', 50);"),
  lines('# needs a key with "Permits Universal Transfer" enabled', signed('POST', '/sapi/v1/asset/transfer', 'type=MAIN_UMFUTURE&asset=USDT&amount=50', SPOT)),
);

/** Read the symbol's leverage and set the one your sizing assumes. */
const S_LEVERAGE: Snippet[] = six(
  lines(PB, 'print(client.futures_symbol_config(symbol="BTCUSDT")[0]["leverage"])', 'client.futures_change_leverage(symbol="BTCUSDT", leverage=5)'),
  lines(CPY, 'print(ex.fetch_leverage("BTC/USDT:USDT"))', 'ex.set_leverage(5, "BTC/USDT:USDT")'),
  lines(CJS, "console.log(await ex.fetchLeverage('BTC/USDT:USDT'));", "await ex.setLeverage(5, 'BTC/USDT:USDT');"),
  lines(UPY, 'print(um.sign_request("GET", "/fapi/v1/symbolConfig", {"symbol": "BTCUSDT"}))', 'um.change_leverage(symbol="BTCUSDT", leverage=5)'),
  lines(UJS, "await client.restAPI.changeInitialLeverage({ symbol: 'BTCUSDT', leverage: 5 });", "console.log(await (await client.restAPI.symbolConfiguration({ symbol: 'BTCUSDT' })).data());"),
  lines(signed('POST', '/fapi/v1/leverage', 'symbol=BTCUSDT&leverage=5'), signed('GET', '/fapi/v1/symbolConfig', 'symbol=BTCUSDT')),
);

/** Is Multi-Assets mode on (so USDC/BTC can margin USDT contracts)? */
const S_MULTI_ASSETS: Snippet[] = six(
  lines(PB, 'print(client.futures_get_multi_assets_mode())  # {"multiAssetsMargin": true} = other assets count as margin'),
  lines(CPY, 'print(ex.fapiPrivateGetMultiAssetsMargin())'),
  lines(CJS, 'console.log(await ex.fapiPrivateGetMultiAssetsMargin());'),
  lines(UPY, 'print(um.sign_request("GET", "/fapi/v1/multiAssetsMargin", {}))'),
  lines(UJS, 'console.log(await (await client.restAPI.getCurrentMultiAssetsMode()).data());'),
  signed('GET', '/fapi/v1/multiAssetsMargin', ''),
);

/** Notional brackets: the largest position each leverage allows. */
const S_BRACKET: Snippet[] = six(
  lines(
    PB,
    'br = client.futures_leverage_bracket(symbol="BTCUSDT")[0]["brackets"]',
    'for b in br:',
    '    print(b["initialLeverage"], "x up to", b["notionalCap"])',
  ),
  lines(CPY, 'tiers = ex.fetch_leverage_tiers(["BTC/USDT:USDT"])["BTC/USDT:USDT"]', 'for t in tiers:', '    print(t["maxLeverage"], "x up to", t["maxNotional"])'),
  lines(CJS, "const tiers = (await ex.fetchLeverageTiers(['BTC/USDT:USDT']))['BTC/USDT:USDT'];", "for (const t of tiers) console.log(t.maxLeverage, 'x up to', t.maxNotional);"),
  lines(UPY, 'for b in um.leverage_brackets(symbol="BTCUSDT")[0]["brackets"]:', '    print(b["initialLeverage"], "x up to", b["notionalCap"])'),
  lines(UJS, "const r = await (await client.restAPI.notionalAndLeverageBrackets({ symbol: 'BTCUSDT' })).data();", "console.log(r[0].brackets.map((b) => `${b.initialLeverage}x <= ${b.notionalCap}`));"),
  lines('# the bracket whose initialLeverage >= your leverage gives the notionalCap you must stay under', signed('GET', '/fapi/v1/leverageBracket', 'symbol=BTCUSDT')),
);

/** Put the trigger on the right side of the price the order watches. */
const S_TRIGGER_SIDE: Snippet[] = six(
  lines(
    PB,
    'mark = float(client.futures_mark_price(symbol="BTCUSDT")["markPrice"])',
    'trigger = round(mark * 0.98, 1)  # a SELL stop for a long sits BELOW the price',
    'client.futures_create_algo_order(symbol="BTCUSDT", side="SELL", algoType="CONDITIONAL", type="STOP_MARKET",',
    '                                 triggerPrice=str(trigger), workingType="MARK_PRICE", closePosition="true")',
  ),
  lines(
    CPY,
    'mark = ex.fetch_ticker("BTC/USDT:USDT")["last"]',
    'trigger = float(ex.price_to_precision("BTC/USDT:USDT", mark * 0.98))  # SELL stop below',
    'ex.create_order("BTC/USDT:USDT", "STOP_MARKET", "sell", None, None, {"stopPrice": trigger, "closePosition": True, "workingType": "MARK_PRICE"})',
  ),
  lines(
    CJS,
    "const last = (await ex.fetchTicker('BTC/USDT:USDT')).last;",
    "const trigger = Number(ex.priceToPrecision('BTC/USDT:USDT', last * 0.98));",
    "await ex.createOrder('BTC/USDT:USDT', 'STOP_MARKET', 'sell', undefined, undefined, { stopPrice: trigger, closePosition: true, workingType: 'MARK_PRICE' });",
  ),
  lines(
    UPY,
    'mark = float(um.mark_price(symbol="BTCUSDT")["markPrice"])',
    'um.sign_request("POST", "/fapi/v1/algoOrder", {"symbol": "BTCUSDT", "side": "SELL", "algoType": "CONDITIONAL", "type": "STOP_MARKET",',
    '                "triggerPrice": str(round(mark * 0.98, 1)), "workingType": "MARK_PRICE", "closePosition": "true"})',
  ),
  lines(
    UJS,
    "const { markPrice } = await (await client.restAPI.markPrice({ symbol: 'BTCUSDT' })).data();",
    "await client.restAPI.newAlgoOrder({ algoType: 'CONDITIONAL', symbol: 'BTCUSDT', side: 'SELL', type: 'STOP_MARKET',",
    "  triggerPrice: Number((Number(markPrice) * 0.98).toFixed(1)), workingType: 'MARK_PRICE', closePosition: 'true' });",
  ),
  lines(
    'curl -s "https://fapi.binance.com/fapi/v1/premiumIndex?symbol=BTCUSDT" | jq -r .markPrice',
    '# long: SELL stop below that price, SELL take-profit above; short: the mirror image',
    signed('POST', '/fapi/v1/algoOrder', 'symbol=BTCUSDT&side=SELL&algoType=CONDITIONAL&type=STOP_MARKET&triggerPrice=58000&workingType=MARK_PRICE&closePosition=true'),
  ),
);

/** Read the position right before sending a reduce-only order, and close only what is there. */
const S_POSITION: Snippet[] = six(
  lines(
    PB,
    'pos = [p for p in client.futures_position_information(symbol="BTCUSDT") if float(p["positionAmt"]) != 0]',
    'for p in pos:  # one-way: one row (positionSide BOTH); hedge: LONG and SHORT rows',
    '    amt = float(p["positionAmt"])',
    '    side = "SELL" if amt > 0 else "BUY"',
    '    mode = {"reduceOnly": "true"} if p["positionSide"] == "BOTH" else {"positionSide": p["positionSide"]}',
    '    client.futures_create_order(symbol="BTCUSDT", side=side, type="MARKET", quantity=str(abs(amt)), **mode)',
    'if not pos:',
    '    print("already flat: nothing to reduce")',
  ),
  lines(
    CPY,
    '# one-way mode shown; in hedge mode pass {"positionSide": "LONG"/"SHORT"} instead of reduceOnly',
    'for p in ex.fetch_positions(["BTC/USDT:USDT"]):',
    '    if p["contracts"]:',
    '        side = "sell" if p["side"] == "long" else "buy"',
    '        ex.create_order("BTC/USDT:USDT", "market", side, p["contracts"], None, {"reduceOnly": True})',
  ),
  lines(
    CJS,
    "for (const p of await ex.fetchPositions(['BTC/USDT:USDT'])) {",
    "  if (p.contracts) await ex.createOrder('BTC/USDT:USDT', 'market', p.side === 'long' ? 'sell' : 'buy', p.contracts, undefined, { reduceOnly: true });",
    '}',
  ),
  lines(
    UPY,
    'for p in um.get_position_risk(symbol="BTCUSDT"):',
    '    amt = float(p["positionAmt"])',
    '    if amt:',
    '        mode = {"reduceOnly": "true"} if p["positionSide"] == "BOTH" else {"positionSide": p["positionSide"]}',
    '        um.new_order(symbol="BTCUSDT", side="SELL" if amt > 0 else "BUY", type="MARKET", quantity=abs(amt), **mode)',
  ),
  lines(
    UJS,
    "const rows = await (await client.restAPI.positionInformationV3({ symbol: 'BTCUSDT' })).data();",
    'for (const p of rows.filter((r) => Number(r.positionAmt) !== 0)) {',
    "  const amt = Number(p.positionAmt);",
    "  const mode = p.positionSide === 'BOTH' ? { reduceOnly: 'true' } : { positionSide: p.positionSide };",
    "  await client.restAPI.newOrder({ symbol: 'BTCUSDT', side: amt > 0 ? 'SELL' : 'BUY', type: 'MARKET', quantity: Math.abs(amt), ...mode });",
    '}',
  ),
  lines('# positionAmt > 0 = long (close with SELL), < 0 = short (close with BUY), 0 = nothing to reduce', signed('GET', '/fapi/v3/positionRisk', 'symbol=BTCUSDT')),
);

/** List open orders (plain and conditional) on the symbol and cancel the ones that compete. */
const S_OPEN_ORDERS: Snippet[] = six(
  lines(
    PB,
    'for o in client.futures_get_open_orders(symbol="BTCUSDT"):',
    '    print(o["orderId"], o["type"], o["side"], o["origQty"], o["reduceOnly"])',
    'print(client.futures_get_open_algo_orders(symbol="BTCUSDT"))  # conditional orders',
    'client.futures_cancel_all_open_orders(symbol="BTCUSDT")  # only if you mean to clear them all',
  ),
  lines(
    CPY,
    'plain = ex.fetch_open_orders("BTC/USDT:USDT")',
    'conditional = ex.fetch_open_orders("BTC/USDT:USDT", params={"trigger": True})',
    'print([(o["id"], o["type"], o["side"], o["amount"], o["reduceOnly"]) for o in plain + conditional])',
  ),
  lines(
    CJS,
    "const plain = await ex.fetchOpenOrders('BTC/USDT:USDT');",
    "const conditional = await ex.fetchOpenOrders('BTC/USDT:USDT', undefined, undefined, { trigger: true });",
    'console.log([...plain, ...conditional].map((o) => [o.id, o.type, o.side, o.amount, o.reduceOnly]));',
  ),
  lines(
    UPY,
    'for o in um.get_orders(symbol="BTCUSDT"):',
    '    print(o["orderId"], o["type"], o["side"], o["origQty"], o["reduceOnly"])',
    'print(um.sign_request("GET", "/fapi/v1/openAlgoOrders", {"symbol": "BTCUSDT"}))',
  ),
  lines(
    UJS,
    "const open = await (await client.restAPI.currentAllOpenOrders({ symbol: 'BTCUSDT' })).data();",
    'console.log(open.map((o) => [o.orderId, o.type, o.side, o.origQty, o.reduceOnly]));',
  ),
  lines(signed('GET', '/fapi/v1/openOrders', 'symbol=BTCUSDT'), signed('GET', '/fapi/v1/openAlgoOrders', 'symbol=BTCUSDT')),
);

// ---------------------------------------------------------------------------------------------
// Snippet sets: Spot.

/** Free balance of the asset you pay with (quote for BUY, base for SELL). */
const S_SPOT_BALANCE: Snippet[] = six(
  lines(
    PB,
    'b = client.get_asset_balance(asset="USDT")  # BUY BTCUSDT pays USDT; SELL pays BTC',
    'print("free", b["free"], "locked in open orders", b["locked"])',
    'print(client.get_open_orders(symbol="BTCUSDT"))',
  ),
  lines(CPY_SPOT, 'bal = ex.fetch_balance()', 'print("free", bal["USDT"]["free"], "used", bal["USDT"]["used"])'),
  lines(CJS_SPOT, 'const bal = await ex.fetchBalance();', "console.log('free', bal.USDT.free, 'used', bal.USDT.used);"),
  lines(UPY_SPOT, 'usdt = next(b for b in client.account()["balances"] if b["asset"] == "USDT")', 'print("free", usdt["free"], "locked", usdt["locked"])'),
  lines(UJS_SPOT, "const usdt = (await client.account()).data.balances.find((b) => b.asset === 'USDT');", "console.log('free', usdt.free, 'locked', usdt.locked);"),
  lines('# "free" is what a new order can use; "locked" is held by open orders', signed('GET', '/api/v3/account', 'omitZeroBalances=true', SPOT)),
);

/** Spot stop prices: SELL stop-loss below the last price, BUY stop above it. */
const S_SPOT_STOP: Snippet[] = six(
  lines(
    PB,
    'last = float(client.get_symbol_ticker(symbol="BTCUSDT")["price"])',
    'stop = round(last * 0.98, 2)  # SELL stop-loss: below the last trade price',
    'client.create_order(symbol="BTCUSDT", side="SELL", type="STOP_LOSS_LIMIT", quantity="0.001",',
    '                    stopPrice=str(stop), price=str(round(stop * 0.999, 2)), timeInForce="GTC")',
  ),
  lines(
    CPY_SPOT,
    'last = ex.fetch_ticker("BTC/USDT")["last"]',
    'stop = float(ex.price_to_precision("BTC/USDT", last * 0.98))',
    'ex.create_order("BTC/USDT", "STOP_LOSS_LIMIT", "sell", 0.001, stop * 0.999, {"stopPrice": stop, "timeInForce": "GTC"})',
  ),
  lines(
    CJS_SPOT,
    "const last = (await ex.fetchTicker('BTC/USDT')).last;",
    "const stop = Number(ex.priceToPrecision('BTC/USDT', last * 0.98));",
    "await ex.createOrder('BTC/USDT', 'STOP_LOSS_LIMIT', 'sell', 0.001, Number(ex.priceToPrecision('BTC/USDT', stop * 0.999)), { stopPrice: stop, timeInForce: 'GTC' });",
  ),
  lines(
    UPY_SPOT,
    'last = float(client.ticker_price(symbol="BTCUSDT")["price"])',
    'stop = round(last * 0.98, 2)',
    'client.new_order(symbol="BTCUSDT", side="SELL", type="STOP_LOSS_LIMIT", quantity=0.001, stopPrice=stop, price=round(stop * 0.999, 2), timeInForce="GTC")',
  ),
  lines(
    UJS_SPOT,
    "const last = Number((await client.tickerPrice('BTCUSDT')).data.price);",
    'const stop = Number((last * 0.98).toFixed(2));',
    "await client.newOrder('BTCUSDT', 'SELL', 'STOP_LOSS_LIMIT', { quantity: 0.001, stopPrice: stop, price: Number((stop * 0.999).toFixed(2)), timeInForce: 'GTC' });",
  ),
  lines(
    'curl -s "https://api.binance.com/api/v3/ticker/price?symbol=BTCUSDT"',
    '# SELL stop-loss below that price, BUY stop-loss above; take-profit the other way round',
    signed('POST', '/api/v3/order', 'symbol=BTCUSDT&side=SELL&type=STOP_LOSS_LIMIT&quantity=0.001&stopPrice=58000&price=57950&timeInForce=GTC', SPOT),
  ),
);

/** LIMIT_MAKER away from the touch: BUY below the best ask, SELL above the best bid. */
const S_SPOT_MAKER: Snippet[] = six(
  lines(
    PB,
    'book = client.get_orderbook_ticker(symbol="BTCUSDT")',
    'price = float(book["bidPrice"])  # a maker BUY must stay below the best ask; the best bid is safe',
    'client.create_order(symbol="BTCUSDT", side="BUY", type="LIMIT_MAKER", quantity="0.001", price=str(price))',
  ),
  lines(CPY_SPOT, 'bid = ex.fetch_ticker("BTC/USDT")["bid"]', 'ex.create_order("BTC/USDT", "limit", "buy", 0.001, bid, {"postOnly": True})'),
  lines(CJS_SPOT, "const { bid } = await ex.fetchTicker('BTC/USDT');", "await ex.createOrder('BTC/USDT', 'limit', 'buy', 0.001, bid, { postOnly: true });"),
  lines(UPY_SPOT, 'bid = client.book_ticker(symbol="BTCUSDT")["bidPrice"]', 'client.new_order(symbol="BTCUSDT", side="BUY", type="LIMIT_MAKER", quantity=0.001, price=bid)'),
  lines(UJS_SPOT, "const { bidPrice } = (await client.bookTicker('BTCUSDT')).data;", "await client.newOrder('BTCUSDT', 'BUY', 'LIMIT_MAKER', { quantity: 0.001, price: bidPrice });"),
  lines('curl -s "https://api.binance.com/api/v3/ticker/bookTicker?symbol=BTCUSDT"', '# BUY LIMIT_MAKER at or below bidPrice, SELL at or above askPrice', signed('POST', '/api/v3/order', 'symbol=BTCUSDT&side=BUY&type=LIMIT_MAKER&quantity=0.001&price=60000', SPOT)),
);

/** What the symbol allows: status, order types, OCO, quoteOrderQty, permissions. */
const S_SPOT_RULES: Snippet[] = six(
  lines(
    PB,
    's = client.get_symbol_info("BTCUSDT")',
    'print(s["status"], s["orderTypes"], s["ocoAllowed"], s["quoteOrderQtyMarketAllowed"], s["icebergAllowed"])',
  ),
  lines(CPY_SPOT, 'ex.load_markets()', 'info = ex.market("BTC/USDT")["info"]', 'print(info["status"], info["orderTypes"], info["ocoAllowed"])'),
  lines(CJS_SPOT, 'await ex.loadMarkets();', "const info = ex.market('BTC/USDT').info;", 'console.log(info.status, info.orderTypes, info.ocoAllowed);'),
  lines(UPY_SPOT, 's = client.exchange_info(symbol="BTCUSDT")["symbols"][0]', 'print(s["status"], s["orderTypes"], s["ocoAllowed"], s["quoteOrderQtyMarketAllowed"])'),
  lines(UJS_SPOT, "const s = (await client.exchangeInfo({ symbol: 'BTCUSDT' })).data.symbols[0];", 'console.log(s.status, s.orderTypes, s.ocoAllowed, s.quoteOrderQtyMarketAllowed);'),
  'curl -s "https://api.binance.com/api/v3/exchangeInfo?symbol=BTCUSDT" | jq \'.symbols[0] | {status, orderTypes, ocoAllowed, quoteOrderQtyMarketAllowed, icebergAllowed, permissionSets}\'',
);

/** Account-level trading rights on Spot. */
const S_SPOT_ACCOUNT: Snippet[] = six(
  lines(PB, 'a = client.get_account()', 'print(a["canTrade"], a["accountType"], a["permissions"])'),
  lines(CPY_SPOT, 'a = ex.privateGetAccount()', 'print(a["canTrade"], a["accountType"], a["permissions"])'),
  lines(CJS_SPOT, 'const a = await ex.privateGetAccount();', 'console.log(a.canTrade, a.accountType, a.permissions);'),
  lines(UPY_SPOT, 'a = client.account()', 'print(a["canTrade"], a["accountType"], a["permissions"])'),
  lines(UJS_SPOT, 'const a = (await client.account()).data;', 'console.log(a.canTrade, a.accountType, a.permissions);'),
  lines('# canTrade=false or missing permissions: only Binance support can lift it', signed('GET', '/api/v3/account', 'omitZeroBalances=true', SPOT)),
);

/** Unique client ids on Spot, and a lookup when one is reported as duplicate. */
const S_SPOT_OWN_ID: Snippet[] = six(
  lines(
    'import uuid',
    PB,
    'cid = "bot-" + uuid.uuid4().hex[:24]  # a new id per new order; reuse it only to look the order up',
    'client.create_order(symbol="BTCUSDT", side="BUY", type="LIMIT", quantity="0.001", price="60000", timeInForce="GTC", newClientOrderId=cid)',
    'print(client.get_order(symbol="BTCUSDT", origClientOrderId=cid)["status"])',
  ),
  lines('import uuid', CPY_SPOT, 'cid = "bot-" + uuid.uuid4().hex[:24]', 'ex.create_order("BTC/USDT", "limit", "buy", 0.001, 60000, {"clientOrderId": cid})'),
  lines(CJS_SPOT, "const cid = 'bot-' + Date.now().toString(36);", "await ex.createOrder('BTC/USDT', 'limit', 'buy', 0.001, 60000, { clientOrderId: cid });"),
  lines('import uuid', UPY_SPOT, 'cid = "bot-" + uuid.uuid4().hex[:24]', 'client.new_order(symbol="BTCUSDT", side="BUY", type="LIMIT", quantity=0.001, price=60000, timeInForce="GTC", newClientOrderId=cid)'),
  lines(UJS_SPOT, "const cid = 'bot-' + Date.now().toString(36);", "await client.newOrder('BTCUSDT', 'BUY', 'LIMIT', { quantity: 0.001, price: 60000, timeInForce: 'GTC', newClientOrderId: cid });"),
  lines('# the id that was "duplicate" already names an order: look it up', signed('GET', '/api/v3/order', 'symbol=BTCUSDT&origClientOrderId=bot-0001', SPOT)),
);

/** Spot notional and lot rules before sending. */
const S_SPOT_FILTERS: Snippet[] = six(
  lines(
    PB,
    'f = {x["filterType"]: x for x in client.get_symbol_info("BTCUSDT")["filters"]}',
    'print(f.get("NOTIONAL"), f["LOT_SIZE"], f["PRICE_FILTER"])',
    'qty, price = 0.001, 60000.0',
    'print("notional", qty * price)  # must be > 0 and inside NOTIONAL min/max',
  ),
  lines(CPY_SPOT, 'ex.load_markets()', 'm = ex.market("BTC/USDT")', 'print(m["limits"]["cost"], m["limits"]["amount"], m["precision"])'),
  lines(CJS_SPOT, 'await ex.loadMarkets();', "const m = ex.market('BTC/USDT');", 'console.log(m.limits.cost, m.limits.amount, m.precision);'),
  lines(UPY_SPOT, 'f = {x["filterType"]: x for x in client.exchange_info(symbol="BTCUSDT")["symbols"][0]["filters"]}', 'print(f.get("NOTIONAL"), f["LOT_SIZE"])'),
  lines(UJS_SPOT, "const s = (await client.exchangeInfo({ symbol: 'BTCUSDT' })).data.symbols[0];", "console.log(s.filters.filter((x) => ['NOTIONAL', 'LOT_SIZE', 'PRICE_FILTER'].includes(x.filterType)));"),
  'curl -s "https://api.binance.com/api/v3/exchangeInfo?symbol=BTCUSDT" | jq \'.symbols[0].filters\'',
);

/** Spot: look an order up, then cancel only if it is still open. */
const S_SPOT_CANCEL: Snippet[] = six(
  lines(
    PB,
    'o = client.get_order(symbol="BTCUSDT", origClientOrderId="bot-0001")',
    'if o["status"] in ("NEW", "PARTIALLY_FILLED"):',
    '    client.cancel_order(symbol="BTCUSDT", origClientOrderId="bot-0001")',
    'else:',
    '    print("nothing to cancel:", o["status"])',
  ),
  lines(CPY_SPOT, 'o = ex.fetch_order(None, "BTC/USDT", {"origClientOrderId": "bot-0001"})', 'if o["status"] == "open":', '    ex.cancel_order(o["id"], "BTC/USDT")'),
  lines(CJS_SPOT, "const o = await ex.fetchOrder(undefined, 'BTC/USDT', { origClientOrderId: 'bot-0001' });", "if (o.status === 'open') await ex.cancelOrder(o.id, 'BTC/USDT');"),
  lines(UPY_SPOT, 'o = client.get_order("BTCUSDT", origClientOrderId="bot-0001")', 'if o["status"] in ("NEW", "PARTIALLY_FILLED"):', '    client.cancel_order("BTCUSDT", origClientOrderId="bot-0001")'),
  lines(UJS_SPOT, "const o = (await client.getOrder('BTCUSDT', { origClientOrderId: 'bot-0001' })).data;", "if (['NEW', 'PARTIALLY_FILLED'].includes(o.status)) await client.cancelOrder('BTCUSDT', { origClientOrderId: 'bot-0001' });"),
  signed('GET', '/api/v3/order', 'symbol=BTCUSDT&origClientOrderId=bot-0001', SPOT),
);

// ---------------------------------------------------------------------------------------------
// Retry advice reused below.

const LOOKUP_FIRST: RetryAdvice = {
  verdict: 'query-order-first',
  outcome: 'unknown',
  advice:
    'Find out whether the order exists before you retry: one half of the cancel-replace may have gone through. The response body’s cancelResult / newOrderResult (SUCCESS, FAILURE, NOT_ATTEMPTED) say which; otherwise query the old and the new order by their client order ids (GET /api/v3/order) or check the user data stream. Do not resend blindly — libraries mint a fresh client order id on each retry, so a blind resend can leave you with two orders.',
};

// ---------------------------------------------------------------------------------------------
// Deep trees.

const KSPOT2010: Knowledge = {
  keys: ['spot:-2010'],
  meaning:
    'The Spot matching engine refused the new order. The real reason is in the message text (for example insufficient balance, a stop that would trigger at once, or a maker order that would trade). Nothing was placed.',
  retry: fixFirst('Nothing was placed. Read the message, fix that specific problem, then send again; the same order will be refused the same way.'),
  causes: [
    cause('insufficient-balance', 'Not enough free balance of the asset you pay with', '"Account has insufficient balance for requested action." A BUY spends the quote asset (USDT in BTCUSDT), a SELL the base asset. Funds held by open orders are locked, and funds in the Funding or futures wallet do not count.', [
      fix('Check free balance and where the funds are', ['Check the free (not locked) balance of the asset you pay with in GET /api/v3/account.', 'Cancel stale open orders that lock funds, or move funds from the Funding/futures wallet to Spot.', 'Size the order from the free balance, not the total.'], S_SPOT_BALANCE),
    ]),
    cause('sized-without-headroom', 'The order was sized to the whole balance with no room for fees or rounding', 'Spending 100% of a balance fails when the fee is taken in that asset, when price × quantity rounds up, or when a previous fill’s fee left a little less than expected.', [
      fix('Leave a small buffer', ['Size to about 99.5% of the free balance and round quantity down to stepSize.', 'For "spend X USDT" use a MARKET order with quoteOrderQty instead of computing quantity.'], S_SPOT_BALANCE),
    ]),
    cause('would-trigger', 'The stop price would trigger immediately', '"Order would trigger immediately." A SELL stop-loss must sit below the last trade price and a BUY stop-loss above it (take-profit the other way round). If the price already passed your stop, the order is refused.', [
      fix('Put the stop on the right side of the last price', ['Read the last price (GET /api/v3/ticker/price) right before sending.', 'SELL STOP_LOSS(_LIMIT) below it, BUY above it; TAKE_PROFIT(_LIMIT) the opposite.', 'If the market already crossed your level, decide whether to exit now with a MARKET order.'], S_SPOT_STOP),
    ]),
    cause('would-take', 'A LIMIT_MAKER order would have traded immediately', '"Order would immediately match and take." A post-only (LIMIT_MAKER) BUY priced at or above the best ask, or a SELL at or below the best bid, would take liquidity, so it is refused.', [
      fix('Price maker orders away from the other side', ['Read the best bid/ask (GET /api/v3/ticker/bookTicker).', 'BUY at or below the best bid, SELL at or above the best ask; reprice if the book moved.'], S_SPOT_MAKER),
    ]),
    cause('market-closed', 'The market is not trading', '"Market is closed." The symbol is halted, in a break, pre-listing or being delisted.', [
      fix('Check the symbol status', ['GET /api/v3/exchangeInfo?symbol=… must show status TRADING.', 'Wait for trading to resume, or remove the symbol from your list.'], S_SPOT_RULES),
    ]),
    cause('duplicate-id', 'The client order id is already in use', '"Duplicate order sent." The newClientOrderId you sent belongs to an order that is still open — often the same order sent twice by a retry.', [
      fix('Look the existing order up; use a new id for a new order', ['Query GET /api/v3/order with origClientOrderId: the first attempt is probably live.', 'Give every genuinely new order a fresh id.'], S_SPOT_OWN_ID),
    ]),
    cause('feature-off', 'That order feature is not enabled for this symbol', 'Messages like "Market orders are not supported for this symbol.", "Iceberg orders…", "Stop loss orders…", "OCO orders…", "Quote order qty market orders…", "Trailing stop orders…", "Pegged orders…" or "Order cancel-replace is not supported…" mean the symbol does not allow it.', [
      fix('Use a feature the symbol allows', ['Read orderTypes, ocoAllowed, quoteOrderQtyMarketAllowed, icebergAllowed and similar flags in GET /api/v3/exchangeInfo.', 'Pick an allowed type (e.g. LIMIT instead of MARKET).'], S_SPOT_RULES),
    ]),
    cause('bad-combination', 'Order fields in a combination that is not allowed', '"Unsupported order combination" (type, timeInForce, stopPrice and icebergQty do not fit together) or "IcebergQty exceeds QTY."', [
      fix('Send the fields the type needs', ['LIMIT needs timeInForce; MARKET must not have it; STOP_LOSS_LIMIT needs price, stopPrice and timeInForce.', 'Keep icebergQty below quantity and use it with GTC only.'], S_SPOT_RULES),
    ]),
    cause('account-restricted', 'The account or symbol is restricted for you', '"This action is disabled on this account.", "This account may not place or cancel orders.", "This symbol is not permitted for this account." or "This symbol is restricted for this account." The account’s permissions or region do not allow it.', [
      fix('Check account permissions; contact support', ['GET /api/v3/account shows canTrade and permissions.', 'Compare with the symbol’s permissionSets in exchangeInfo.', 'Account-level blocks can only be lifted by Binance support.'], S_SPOT_ACCOUNT),
    ]),
    cause('api-trading-off', 'Trading is not enabled on the server or API you used', '"Rest API trading is not enabled." / "WebSocket API trading is not enabled." / "FIX API trading is not enabled." The host or interface you used does not accept orders (for example a market-data-only host).', [
      fix('Send orders to a trading endpoint', ['Use https://api.binance.com (or the documented api1–api4 hosts) for REST orders.', 'Check the key has Spot trading enabled (GET /sapi/v1/account/apiRestrictions).'], S_SPOT_ACCOUNT),
    ]),
    cause('thin-book', 'Not enough liquidity for a quote-quantity market order', '"Order book liquidity is less than … minimum quantity." A MARKET order sized with quoteOrderQty cannot run when the book is (almost) empty.', [
      fix('Wait or use a LIMIT order', ['Check the book (GET /api/v3/depth).', 'Retry when liquidity returns, or place a LIMIT order.'], S_SPOT_RULES),
    ]),
    cause('oco-prices', 'OCO prices in the wrong order', '"The relationship of the prices for the orders is not correct." For a SELL OCO the limit must be above the last price and the stop below; for a BUY the reverse.', [
      fix('Order the OCO prices around the last price', ['SELL: limit price > last price > stop price. BUY: limit price < last price < stop price.'], S_SPOT_STOP),
    ]),
    cause('zero-notional', 'Price × quantity is zero or the order fails a filter', '"Price * QTY is zero or less." or a "Filter failure: …" text: the quantity rounded to zero or the order breaks a symbol filter such as MAX_POSITION.', [
      fix('Check size and filters', ['Make sure quantity and price are above zero after rounding.', 'Compare the order with the symbol’s filters (NOTIONAL, LOT_SIZE, MAX_POSITION).'], S_SPOT_FILTERS),
    ]),
  ],
  tree: {
    start: 'msg',
    questions: [
      {
        id: 'msg',
        text: 'What does the message say?',
        options: [
          { value: 'balance', label: '"Account has insufficient balance for requested action."', next: 'balance' },
          { value: 'trigger', label: '"Order would trigger immediately."', ranks: ['would-trigger'] },
          { value: 'take', label: '"Order would immediately match and take."', ranks: ['would-take'] },
          { value: 'closed', label: '"Market is closed."', ranks: ['market-closed'] },
          { value: 'duplicate', label: '"Duplicate order sent."', ranks: ['duplicate-id'] },
          { value: 'feature', label: '"… are not supported for this symbol."', ranks: ['feature-off'] },
          { value: 'combo', label: '"Unsupported order combination" / "IcebergQty exceeds QTY."', ranks: ['bad-combination'] },
          { value: 'account', label: 'Something about this account or symbol not being permitted', ranks: ['account-restricted'] },
          { value: 'server', label: '"… API trading is not enabled."', ranks: ['api-trading-off', 'account-restricted'] },
          { value: 'liquidity', label: '"Order book liquidity is less than …"', ranks: ['thin-book'] },
          { value: 'oco', label: '"The relationship of the prices for the orders is not correct."', ranks: ['oco-prices'] },
          { value: 'zero', label: '"Price * QTY is zero or less." or a "Filter failure"', ranks: ['zero-notional'] },
          { value: 'other', label: 'Only "NEW_ORDER_REJECTED" or something else', ranks: ['insufficient-balance', 'would-take', 'would-trigger', 'feature-off'] },
        ],
        auto: spotRejectReason,
      },
      {
        id: 'balance',
        text: 'Was the order sized to (nearly) your whole free balance?',
        options: [
          { value: 'all', label: 'Yes, all or almost all of it', ranks: ['sized-without-headroom', 'insufficient-balance'] },
          { value: 'part', label: 'No, or I am not sure where the funds are', ranks: ['insufficient-balance', 'sized-without-headroom'] },
        ],
      },
    ],
  },
};

const K2011: Knowledge = {
  keys: ['-2011'],
  meaning:
    'Binance could not cancel the order: it found no open order with that id on that symbol. Usually the order already filled, was already cancelled, or lives somewhere else (another symbol, or — for stop and take-profit orders since 2025-12-09 — the Algo Order service).',
  retry: {
    verdict: 'never-retry',
    outcome: 'no-change',
    advice: 'Do not repeat the cancel. Look the order up (GET /fapi/v1/order, or GET /fapi/v1/algoOrder for conditional orders) to learn its final state — it may have filled — and update your bot’s records.',
  },
  causes: [
    cause('already-final', 'The order had already filled, been cancelled or expired', 'The most common case: a fill, a liquidation, an expiry or another cancel got there first, so there was nothing left to cancel. Your position may have changed.', [
      fix('Read the final state and reconcile', ['Query the order by orderId or origClientOrderId (GET /fapi/v1/order; COIN-M /dapi/v1/order; Portfolio Margin /papi/v1/um/order).', 'If it FILLED, your position changed: update your records before acting again.', 'Treat -2011 on cancel as "already gone", not as an error to retry.'], S_CANCEL_GONE),
    ]),
    cause('conditional-on-algo', 'A stop / take-profit order that lives in the Algo Order service', 'Since 2025-12-09 USD-M conditional orders (STOP, STOP_MARKET, TAKE_PROFIT, TAKE_PROFIT_MARKET, TRAILING_STOP_MARKET) are placed and cancelled through the Algo Order API. DELETE /fapi/v1/order with their id finds nothing.', [
      fix('Cancel conditional orders on the Algo endpoints', ['Find them with GET /fapi/v1/openAlgoOrders.', 'Cancel with DELETE /fapi/v1/algoOrder using algoId or clientAlgoId.', 'In ccxt pass params={"trigger": True}; update older library versions that still use /fapi/v1/order.'], S_ALGO),
    ]),
    cause('wrong-symbol-or-product', 'The cancel went to another symbol or product', 'Order ids are per symbol and per product. An id from USD-M sent to Spot (python-binance cancel_order instead of futures_cancel_order) or with another symbol finds nothing.', [
      fix('Cancel with the same symbol and product as the order', ['Use the symbol the order was placed on.', 'Use the futures cancel method for futures orders (futures_cancel_order, /fapi/v1/order).'], S_CANCEL_GONE),
    ]),
  ],
  tree: {
    start: 'kind',
    questions: [
      {
        id: 'kind',
        text: 'What kind of order were you cancelling?',
        options: [
          { value: 'conditional', label: 'A stop, take-profit or trailing-stop order', next: 'placed-where' },
          { value: 'plain', label: 'A LIMIT or other plain order', next: 'status' },
        ],
        auto: conditionalOrderType,
      },
      {
        id: 'placed-where',
        text: 'Was it placed through the Algo Order API (or by a library version that uses it, or after 2025-12-09)?',
        options: [
          { value: 'algo', label: 'Yes, or not sure', ranks: ['conditional-on-algo', 'already-final'] },
          { value: 'old', label: 'No, it was placed as a normal order before the migration', ranks: ['already-final', 'wrong-symbol-or-product'] },
        ],
        auto: algoEndpoint,
      },
      {
        id: 'status',
        text: 'What does a lookup of that order (GET /fapi/v1/order) return?',
        options: [
          { value: 'final', label: 'FILLED, CANCELED or EXPIRED', ranks: ['already-final'] },
          { value: 'missing', label: '"Order does not exist." (-2013)', next: 'same-place' },
          { value: 'not-checked', label: 'I have not checked', ranks: ['already-final', 'wrong-symbol-or-product', 'conditional-on-algo'] },
        ],
      },
      {
        id: 'same-place',
        text: 'Did the cancel use the same symbol and the same product (futures endpoint) as the order?',
        options: [
          { value: 'no', label: 'No, or not sure', ranks: ['wrong-symbol-or-product', 'conditional-on-algo'] },
          { value: 'yes', label: 'Yes', ranks: ['conditional-on-algo', 'already-final'] },
        ],
        auto: spotCancelPath,
      },
    ],
  },
};

const KSPOT2011: Knowledge = {
  keys: ['spot:-2011'],
  meaning:
    'Binance refused to cancel the Spot order. The message says why: most often "Unknown order sent." (no open order with that id), sometimes cancel restrictions or an account block.',
  retry: { verdict: 'never-retry', outcome: 'no-change', advice: 'Do not repeat the cancel. Look the order up to learn its final state (it may have filled) and fix the id, symbol or restriction if that was the problem.' },
  causes: [
    cause('unknown-order', 'No open order with that id on that symbol', '"Unknown order sent." The order already filled, was cancelled or expired, or the id / symbol is not the one it was placed with.', [
      fix('Look it up, then cancel only if open', ['GET /api/v3/order with orderId or origClientOrderId on the same symbol.', 'If it is FILLED/CANCELED/EXPIRED, there is nothing to cancel: update your records.'], S_SPOT_CANCEL),
    ]),
    cause('cancel-restrictions', 'cancelRestrictions did not match the order’s status', '"Order was not canceled due to cancel restrictions." You sent ONLY_NEW but the order was partly filled, or ONLY_PARTIALLY_FILLED but it was still NEW.', [
      fix('Match or drop the restriction', ['Read the order’s status first, or leave cancelRestrictions out.'], S_SPOT_CANCEL),
    ]),
    cause('no-id', 'No order id was sent', '"Cancel order is invalid. Check origClOrdId and orderId." Neither orderId nor origClientOrderId reached Binance (often an empty variable).', [
      fix('Send one of the ids', ['Pass orderId or origClientOrderId, and skip the cancel when you have neither.'], S_SPOT_CANCEL),
    ]),
    cause('account-restricted', 'The account may not cancel orders', '"This account may not place or cancel orders." The account’s trading ability is disabled.', [
      fix('Contact Binance support', ['Check canTrade in GET /api/v3/account; only support can lift the block.'], S_SPOT_ACCOUNT),
    ]),
  ],
  tree: {
    start: 'msg',
    questions: [
      {
        id: 'msg',
        text: 'What does the message say?',
        options: [
          { value: 'unknown', label: '"Unknown order sent."', ranks: ['unknown-order'] },
          { value: 'restrictions', label: '"Order was not canceled due to cancel restrictions."', ranks: ['cancel-restrictions'] },
          { value: 'no-id', label: '"Cancel order is invalid. Check origClOrdId and orderId."', ranks: ['no-id'] },
          { value: 'account', label: '"This account may not place or cancel orders."', ranks: ['account-restricted'] },
          { value: 'other', label: 'Only "CANCEL_REJECTED"', ranks: ['unknown-order', 'cancel-restrictions'] },
        ],
        auto: spotCancelReason,
      },
    ],
  },
};

const K2013: Knowledge = {
  keys: ['-2013'],
  meaning:
    'Binance found no order with the id you asked about. Right after placing, this can just mean "not visible yet"; later it means a wrong id/symbol/product, an order too old to be kept, or a conditional order that lives in the Algo Order service.',
  retry: {
    verdict: 'query-order-first',
    outcome: 'unknown',
    advice:
      'Find out whether the order exists before you place it again: ask again a few times over several seconds (GET /fapi/v1/order with origClientOrderId; /api/v3/order on Spot), and watch the user data stream (ORDER_TRADE_UPDATE on futures). Libraries mint a fresh client order id on every retry, so a blind re-placement can double the order.',
  },
  causes: [
    cause('too-soon', 'Queried too soon after placing (or during heavy load)', 'The order store can lag behind the matching engine for a few seconds, longer when markets are busy. An order that exists can briefly answer "Order does not exist."', [
      fix('Ask again with backoff; trust the user data stream', ['Retry the lookup (not the order!) after 0.5, 1, 2 and 4 seconds.', 'Use ORDER_TRADE_UPDATE events from the user data stream as the source of truth.'], S_QUERY_BACKOFF),
    ]),
    cause('never-placed', 'The order was never placed', 'The placement failed (or timed out before reaching Binance) and the id you are looking up was never accepted — or your library generated a different id than the one you stored.', [
      fix('Check the placement result and use your own ids', ['Log the placement response; only an orderId in it proves the order exists.', 'Pass your own newClientOrderId so you can look it up reliably.'], S_QUERY_BACKOFF),
    ]),
    cause('conditional-algo', 'A conditional order that lives in the Algo Order service', 'Since 2025-12-09 USD-M stop, take-profit and trailing orders are Algo orders with an algoId / clientAlgoId. GET /fapi/v1/order does not know them.', [
      fix('Look conditional orders up on the Algo endpoints', ['GET /fapi/v1/algoOrder with algoId or clientAlgoId; GET /fapi/v1/openAlgoOrders for the open ones.'], S_ALGO),
    ]),
    cause('purged-old', 'The order is too old to be returned', 'Futures lookups do not return CANCELED or EXPIRED orders with no fills after 3 days, nor any order older than 90 days. (Spot archives such orders after 90 days: -2026.)', [
      fix('Use trade history for old orders', ['Query GET /fapi/v1/userTrades for fills, or keep your own order log.', 'Do not treat a missing old order as a new problem.'], S_QUERY_BACKOFF),
    ]),
    cause('wrong-place', 'Wrong symbol, product or host', 'Ids are per symbol and product. A USD-M id looked up on Spot or COIN-M, with another symbol, or on a testnet host, is not found.', [
      fix('Look up where the order was placed', ['Same symbol, same product path (/fapi/, /dapi/, /papi/, /api/v3/), same environment (mainnet or testnet).'], S_CANCEL_GONE),
    ]),
  ],
  tree: {
    start: 'when',
    questions: [
      {
        id: 'when',
        text: 'How long after placing the order did you look it up?',
        options: [
          { value: 'seconds', label: 'Seconds', next: 'placed-ok' },
          { value: 'minutes', label: 'Minutes to hours', next: 'kind' },
          { value: 'days', label: 'Days or longer', ranks: ['purged-old', 'wrong-place'] },
        ],
      },
      {
        id: 'placed-ok',
        text: 'Did the placement return an orderId?',
        options: [
          { value: 'yes', label: 'Yes', ranks: ['too-soon', 'wrong-place'] },
          { value: 'no', label: 'No, it failed or timed out', ranks: ['never-placed', 'too-soon'] },
        ],
      },
      {
        id: 'kind',
        text: 'Is it a stop, take-profit or trailing-stop order?',
        options: [
          { value: 'conditional', label: 'Yes', ranks: ['conditional-algo', 'wrong-place'] },
          { value: 'plain', label: 'No', ranks: ['wrong-place', 'never-placed', 'too-soon'] },
        ],
        auto: conditionalOrderType,
      },
    ],
  },
};

const K2014: Knowledge = {
  keys: ['-2014'],
  meaning: 'The API key Binance received is not even shaped like a key — usually it is empty, has spaces or a newline in it, or is the secret instead of the key. Nothing was done.',
  retry: never('Nothing was done. Resending will fail the same way until the key your code sends is fixed.'),
  causes: [
    cause('whitespace', 'Spaces, a newline or quotes around the key', 'Copying from a web page or a .env file often adds a trailing newline, spaces or quote marks, which are sent as part of the key.', [
      fix('Strip the key and secret', ['Trim whitespace and surrounding quotes when you load them.', 'Print the length: a normal key is 64 characters.'], S_KEY_CLEAN),
    ]),
    cause('empty-key', 'The key is empty or not loaded', 'The environment variable or config entry was not found, so the library sent an empty value, or the literal text "None".', [
      fix('Check the key is loaded', ['Fail at start-up if API_KEY is missing.', 'Check the variable name and that the process sees the environment you set.'], S_KEY_CLEAN),
    ]),
    cause('swapped', 'Key and secret swapped, or a different credential pasted', 'The secret, an RSA/Ed25519 public key, or a key from another exchange was put where the API key goes.', [
      fix('Paste the API key into the key field', ['In API Management copy the "API Key" into API_KEY and the "Secret Key" into API_SECRET.', 'For Ed25519/RSA keys, the API key is still the string Binance shows; the private key file is used for signing.'], S_KEY_CLEAN),
    ]),
  ],
  tree: {
    start: 'length',
    questions: [
      {
        id: 'length',
        text: 'How long is the key your code sends (print len(key))?',
        options: [
          { value: 'zero', label: '0, or it prints None / undefined', ranks: ['empty-key'] },
          { value: 'longer', label: 'More than 64 characters', ranks: ['whitespace', 'swapped'] },
          { value: '64', label: 'Exactly 64', ranks: ['swapped', 'whitespace'] },
          { value: 'other', label: 'Another length', ranks: ['swapped', 'whitespace'] },
        ],
      },
    ],
  },
};

const K2015: Knowledge = {
  keys: ['-2015'],
  meaning:
    'Binance rejected your API key for this call: the key may not have the permission this endpoint needs, your server’s IP is not on the key’s whitelist, or the key belongs to another environment (testnet vs mainnet). Nothing was done.',
  retry: never('Nothing was done. Resending will not help; fix the key’s settings in API Management (or use the right key/host), then try again.'),
  causes: [
    cause('futures-not-enabled', '"Enable Futures" is off for this key', 'Futures calls need the key’s futures permission. Keys created before the futures account was opened do not get it automatically — edit the key or create a new one after opening futures.', [
      fix('Enable futures on the key', ['In API Management, edit the key and tick "Enable Futures".', 'If the option is missing, create a new key now that the futures account exists.', 'GET /sapi/v1/account/apiRestrictions shows enableFutures.'], S_KEY_PERMS),
    ]),
    cause('ip-whitelist', 'The server’s IP is not on the key’s whitelist', 'The error often ends with "request ip: x.x.x.x". If the key is restricted to trusted IPs and that address is not among them (a cloud IP that changed, IPv6 instead of IPv4, a VPN), every signed call is refused.', [
      fix('Whitelist the address Binance sees', ['Compare the "request ip" in the message with the key’s IP list.', 'Add that address (or use a fixed egress IP); remember IPv4 and IPv6 differ.'], S_KEY_PERMS),
    ]),
    cause('wrong-environment', 'A testnet key on mainnet, or a mainnet key on testnet', 'Testnet keys exist only on the testnet hosts (testnet.binancefuture.com, testnet.binance.vision) and mainnet keys only on the real ones.', [
      fix('Use the host that matches the key', ['Testnet keys: set the library’s testnet/sandbox option. Mainnet keys: leave it off.', 'Create the key on the same site as the host you call.'], S_ENV),
    ]),
    cause('missing-permission', 'The key lacks another permission this call needs', 'Spot orders need "Enable Spot & Margin Trading"; transfers need "Permits Universal Transfer"; a read-only key cannot trade; Portfolio Margin calls need a key on the Portfolio Margin account.', [
      fix('Give the key the permission the endpoint needs', ['Check the permission the endpoint lists and the flags in GET /sapi/v1/account/apiRestrictions.', 'Edit the key, or create one for this purpose.'], S_KEY_PERMS),
    ]),
    cause('key-revoked', 'The key was deleted or changed', 'A key that worked before can stop: deleted, permissions edited, or replaced by a new one in your account.', [
      fix('Check the key still exists as you expect', ['Open API Management and confirm the key and its permissions.', 'If in doubt, create a new key and update your bot.'], S_KEY_CLEAN),
    ]),
  ],
  tree: {
    start: 'worked-before',
    questions: [
      {
        id: 'worked-before',
        text: 'Has this key ever worked for this kind of call?',
        options: [
          { value: 'never', label: 'No, never', next: 'host' },
          { value: 'worked', label: 'Yes, it worked before', next: 'ip' },
        ],
      },
      {
        id: 'host',
        text: 'Was the key created for the environment you call (testnet key → testnet host, mainnet key → real host)?',
        options: [
          { value: 'mismatch', label: 'No, or not sure', ranks: ['wrong-environment', 'futures-not-enabled'] },
          { value: 'match', label: 'Yes', next: 'permission' },
        ],
        auto: testHost,
      },
      {
        id: 'permission',
        text: 'In API Management, does the key have the permission this call needs?',
        help: 'Futures (/fapi/, /dapi/): "Enable Futures". Spot orders (/api/v3/): "Enable Spot & Margin Trading".',
        options: [
          { value: 'futures-off', label: 'I call futures and "Enable Futures" is off', ranks: ['futures-not-enabled'] },
          { value: 'other-off', label: 'Another permission is off (Spot trading, transfers, read-only key)', ranks: ['missing-permission'] },
          { value: 'all-on', label: 'The permission is on', ranks: ['ip-whitelist', 'wrong-environment'] },
        ],
      },
      {
        id: 'ip',
        text: 'Is the IP in the error message ("request ip: …") on the key’s whitelist?',
        options: [
          { value: 'no', label: 'No, or the key is IP-restricted and I am not sure', ranks: ['ip-whitelist'] },
          { value: 'yes', label: 'Yes, or the key has no IP restriction', ranks: ['key-revoked', 'missing-permission'] },
        ],
      },
    ],
  },
};

const K2019: Knowledge = {
  keys: ['-2019'],
  meaning:
    'Your futures account does not have enough free margin for this order. The order was refused; nothing was placed.',
  retry: fixFirst('Nothing was placed. Free up or add margin, lower the size, or raise the leverage, then send again.'),
  causes: [
    cause('funds-in-spot', 'The money is in the Spot (or Funding) wallet, not the futures wallet', 'Futures orders can only use the balance of the futures wallet of that product (USD-M or COIN-M). USDT in Spot or Funding does not count.', [
      fix('Transfer to the futures wallet', ['Move funds with POST /sapi/v1/asset/transfer (type MAIN_UMFUTURE for USD-M, MAIN_CMFUTURE for COIN-M).', 'Check availableBalance afterwards (GET /fapi/v3/account).'], S_TRANSFER),
    ]),
    cause('margin-in-use', 'Available balance is already tied up by positions and open orders', 'availableBalance, not the wallet balance, is what a new order can use. Open orders reserve margin, and in cross mode losses on other positions reduce it.', [
      fix('Compare availableBalance with what the order needs', ['Read availableBalance (GET /fapi/v3/account; COIN-M GET /dapi/v1/account).', 'Cancel stale open orders or reduce positions to free margin.'], S_AVAILABLE),
    ]),
    cause('leverage-too-low', 'The symbol’s leverage is lower than your sizing assumes', 'Initial margin = notional ÷ leverage. If the symbol is still at 1x or 5x (or the set-leverage call failed quietly), the order needs far more margin than planned.', [
      fix('Set and confirm the leverage before sizing', ['Set it with POST /fapi/v1/leverage and read it back (GET /fapi/v1/symbolConfig; COIN-M GET /dapi/v1/positionRisk).', 'Size from the leverage Binance reports, not from your config.'], S_LEVERAGE),
    ]),
    cause('no-headroom', 'Sized to the last cent without room for fees and price moves', 'Margin checks include the fee and use the current price; market orders and volatile moments need more than a naive notional ÷ leverage.', [
      fix('Leave a buffer', ['Size to about 95% of what availableBalance allows.', 'Round the quantity down to the step, never up.'], S_AVAILABLE),
    ]),
    cause('wrong-margin-asset', 'Your margin is in another asset', 'USDC-margined symbols need USDC (or Multi-Assets mode); USDT symbols need USDT unless Multi-Assets mode is on; COIN-M contracts are margined in the coin itself (BTC for BTCUSD_PERP).', [
      fix('Hold the margin asset, or enable Multi-Assets mode', ['Check the symbol’s marginAsset in exchangeInfo.', 'Transfer or convert into it, or turn on Multi-Assets mode (POST /fapi/v1/multiAssetsMargin) where that fits your risk.'], S_MULTI_ASSETS),
    ]),
    cause('isolated-margin', 'Isolated mode: other positions’ profit does not help', 'In isolated mode each position has its own margin. Unrealised profit elsewhere is not usable, and only the free wallet balance backs a new order.', [
      fix('Check the margin type and what backs the order', ['Read marginType in GET /fapi/v1/symbolConfig (COIN-M GET /dapi/v1/positionRisk).', 'Add funds, close positions, or switch to cross (POST /fapi/v1/marginType; only with no open orders or position on the symbol).'], S_AVAILABLE),
    ]),
  ],
  tree: {
    start: 'wallet',
    questions: [
      {
        id: 'wallet',
        text: 'Is the money in your futures wallet (not Spot or Funding)?',
        options: [
          { value: 'spot', label: 'No, it is in Spot or Funding', ranks: ['funds-in-spot'] },
          { value: 'futures', label: 'Yes, in the futures wallet', next: 'available' },
          { value: 'unsure', label: 'Not sure', ranks: ['funds-in-spot', 'margin-in-use'] },
        ],
      },
      {
        id: 'available',
        text: 'Is availableBalance much smaller than your wallet balance?',
        help: 'GET /fapi/v3/account shows both. A big gap means open orders or positions hold the margin.',
        options: [
          { value: 'yes', label: 'Yes, most of it is in use', ranks: ['margin-in-use', 'isolated-margin'] },
          { value: 'no', label: 'No, most of it is available', next: 'asset' },
        ],
      },
      {
        id: 'asset',
        text: 'Is your balance in the asset this symbol is margined in?',
        options: [
          { value: 'different', label: 'No (e.g. USDT but the symbol is USDC-margined, or a COIN-M contract)', ranks: ['wrong-margin-asset'] },
          { value: 'same', label: 'Yes', next: 'leverage' },
        ],
        auto: coinMarginedContract,
      },
      {
        id: 'leverage',
        text: 'Is the leverage on Binance for this symbol what your sizing assumes?',
        options: [
          { value: 'lower', label: 'It is lower, or I never set it', ranks: ['leverage-too-low'] },
          { value: 'same', label: 'Yes, it matches', ranks: ['no-headroom', 'isolated-margin', 'margin-in-use'] },
        ],
        auto: unitLeverage,
      },
    ],
  },
};

const K2021: Knowledge = {
  keys: ['-2021'],
  meaning:
    'Your stop or take-profit order would have triggered the moment it arrived, because the trigger price is already on the wrong side of the current price. Binance refused it; nothing was placed.',
  retry: fixFirst('Nothing was placed. Move the trigger price to the correct side of the current price (or close at market if the level has already been passed), then send again.'),
  causes: [
    cause('wrong-side', 'Trigger on the wrong side for this side and type', 'A BUY STOP/STOP_MARKET must trigger above the current price and a SELL one below; TAKE_PROFIT types are the mirror image. Mixing them up (e.g. a SELL stop above the price for a long) is the usual cause.', [
      fix('Place triggers by position direction', ['Long: SELL stop below the price, SELL take-profit above.', 'Short: BUY stop above the price, BUY take-profit below.', 'Since 2025-12-09 send them to POST /fapi/v1/algoOrder with triggerPrice.'], S_TRIGGER_SIDE),
    ]),
    cause('already-crossed', 'The market moved past the level before the order arrived', 'A stop computed close to the price (or from an entry that slipped) is already crossed by the time it is sent, especially in fast markets.', [
      fix('Check the level against the live price first', ['Read the mark price (GET /fapi/v1/premiumIndex) or last price right before sending.', 'If the level is already passed, close with a reduce-only MARKET order instead of placing a stop.'], S_TRIGGER_SIDE),
    ]),
    cause('working-type', 'Compared against a different price than you think', 'workingType decides which price the trigger watches: CONTRACT_PRICE (last price, the default) or MARK_PRICE. In fast moves the two differ, so a level valid for one is already crossed for the other.', [
      fix('Choose workingType and check against that price', ['Send workingType=MARK_PRICE (or CONTRACT_PRICE) explicitly.', 'Validate the trigger against the same price.'], S_TRIGGER_SIDE),
    ]),
    cause('trailing-activation', 'Trailing stop activation price on the wrong side', 'For TRAILING_STOP_MARKET a SELL needs an activationPrice above the current price and a BUY one below it.', [
      fix('Set activationPrice on the correct side, or leave it out', ['Omit activationPrice to activate at the current price, or place it correctly for the side.'], S_TRIGGER_SIDE),
    ]),
  ],
  tree: {
    start: 'type',
    questions: [
      {
        id: 'type',
        text: 'What type of order was it?',
        options: [
          { value: 'trailing', label: 'TRAILING_STOP_MARKET', ranks: ['trailing-activation', 'already-crossed'] },
          { value: 'stop-tp', label: 'STOP / STOP_MARKET / TAKE_PROFIT / TAKE_PROFIT_MARKET', next: 'side' },
        ],
        auto: triggerOrderType,
      },
      {
        id: 'side',
        text: 'Compared with the current price, where was the trigger?',
        help: 'BUY stop: above the price. SELL stop: below. BUY take-profit: below. SELL take-profit: above.',
        options: [
          { value: 'wrong', label: 'On the opposite side from that rule', ranks: ['wrong-side'] },
          { value: 'close', label: 'On the right side but very close', ranks: ['already-crossed', 'working-type'] },
          { value: 'right', label: 'On the right side, not close', ranks: ['working-type', 'wrong-side'] },
        ],
      },
    ],
  },
};

const K2022: Knowledge = {
  keys: ['-2022'],
  meaning:
    'Your reduce-only order was refused because it would not reduce anything: there is no position on that side, it points the wrong way, or other closing orders already cover the position. Nothing was placed.',
  retry: fixFirst('Nothing was placed. Check the current position and open orders first; if the position is already closed there is nothing to do.'),
  causes: [
    cause('no-position', 'There is no position to reduce', 'The position was already closed — by a fill, another order, a stop or liquidation — so a reduce-only order has nothing to act on.', [
      fix('Read the position before closing', ['GET /fapi/v3/positionRisk (COIN-M /dapi/v1/positionRisk): positionAmt 0 means flat.', 'Skip the close when flat, and cancel leftover stops and take-profits.'], S_POSITION),
    ]),
    cause('wrong-direction', 'The order would increase the position', 'A reduce-only BUY on a long (or SELL on a short) adds rather than reduces.', [
      fix('Send the opposite side of the position', ['Long (positionAmt > 0): close with SELL. Short: close with BUY.'], S_POSITION),
    ]),
    cause('orders-cover-position', 'Other open orders already cover the position', 'Binance counts your open reduce-only and closing orders. If a take-profit and a stop of full size already exist, a further reduce-only order exceeds the position (the longer message says the new order conflicts with existing open orders).', [
      fix('Cancel or shrink the competing orders', ['List open and conditional orders on the symbol.', 'Cancel the ones you no longer want, or use one closePosition=true stop instead of several sized ones.'], S_OPEN_ORDERS),
    ]),
    cause('hedge-position-side', 'Hedge mode: the order targets the wrong side', 'In hedge mode closing is side + positionSide: SELL with LONG closes a long, BUY with SHORT closes a short. The wrong positionSide points at a side with no position.', [
      fix('Close with the matching positionSide', ['Read both LONG and SHORT rows in positionRisk.', 'Close a long with side=SELL positionSide=LONG, a short with side=BUY positionSide=SHORT; do not send reduceOnly in hedge mode.'], S_POSITION),
    ]),
  ],
  tree: {
    start: 'msg',
    questions: [
      {
        id: 'msg',
        text: 'Does the message say the order conflicts with existing open orders?',
        options: [
          { value: 'conflict', label: 'Yes', ranks: ['orders-cover-position', 'no-position'] },
          { value: 'plain', label: 'No, just "ReduceOnly Order is rejected."', next: 'mode' },
        ],
        auto: reduceOnlyConflict,
      },
      {
        id: 'mode',
        text: 'Is your account in hedge mode (dualSidePosition=true)?',
        options: [
          { value: 'hedge', label: 'Yes, hedge mode', ranks: ['hedge-position-side', 'no-position'] },
          { value: 'oneway', label: 'No, one-way mode', next: 'position' },
        ],
        auto: modeFromPositionSide,
      },
      {
        id: 'position',
        text: 'What does the position look like right now (GET /fapi/v3/positionRisk)?',
        options: [
          { value: 'flat', label: 'No position (positionAmt 0)', ranks: ['no-position'] },
          { value: 'same', label: 'Same direction as the order (long and the order is a BUY)', ranks: ['wrong-direction'] },
          { value: 'opposite', label: 'Opposite direction (the order would reduce it)', ranks: ['orders-cover-position', 'no-position'] },
        ],
      },
    ],
  },
};

const K2027: Knowledge = {
  keys: ['-2027'],
  meaning:
    'The position would become larger than the current leverage allows. Each leverage level has a maximum position size (notional bracket); higher leverage means a smaller cap. Nothing was placed.',
  retry: fixFirst('Nothing was placed. Lower the leverage or the order size so the position stays under the bracket’s notionalCap, then send again.'),
  causes: [
    cause('above-bracket', 'Position plus order exceeds the cap for this leverage', 'GET /fapi/v1/leverageBracket lists, per symbol, the notionalCap for each leverage tier. At high leverage the cap can be small, so a modest order already breaks it.', [
      fix('Lower leverage or size down', ['Find your tier in GET /fapi/v1/leverageBracket (COIN-M /dapi/v2/leverageBracket; Portfolio Margin /papi/v1/um/leverageBracket).', 'Lower leverage with POST /fapi/v1/leverage to reach a tier with a higher cap, or reduce the order.'], S_BRACKET),
    ]),
    cause('open-orders-count', 'Open orders count towards the cap', 'Open orders on the same side add to the potential position. A stack of resting orders can hit the cap even when the filled position is small.', [
      fix('Cancel resting orders you do not need', ['List open orders on the symbol and cancel stale ones.', 'Then resend.'], S_OPEN_ORDERS),
    ]),
    cause('several-bots', 'Other bots or manual trades add to the same position', 'All strategies on one account and symbol share a single position (per side in hedge mode). Their sizes add up against the same cap.', [
      fix('Size against the whole account position', ['Read the current position (GET /fapi/v3/positionRisk) before adding.', 'Coordinate bots, or give each its own sub-account.'], S_BRACKET),
    ]),
  ],
  tree: {
    start: 'leverage',
    questions: [
      {
        id: 'leverage',
        text: 'Is the leverage on this symbol high (above about 20x)?',
        options: [
          { value: 'high', label: 'Yes', ranks: ['above-bracket', 'open-orders-count'] },
          { value: 'moderate', label: 'No', next: 'others' },
        ],
        auto: highLeverage,
      },
      {
        id: 'others',
        text: 'Are there other open orders, or other bots trading this symbol on the account?',
        options: [
          { value: 'yes', label: 'Yes', ranks: ['open-orders-count', 'several-bots', 'above-bracket'] },
          { value: 'no', label: 'No', ranks: ['above-bracket'] },
        ],
      },
    ],
  },
};

// ---------------------------------------------------------------------------------------------
// Other 20xx codes.

const one = (keys: string[], meaning: string, retry: RetryAdvice, id: string, title: string, why: string, fixTitle: string, steps: string[], snippets?: Snippet[]): Knowledge =>
  simple(keys, meaning, retry, [cause(id, title, why, [fix(fixTitle, steps, snippets)])]);

const OTHERS: Knowledge[] = [
  simple(['-2010'], 'The futures matching engine rejected the new order without a more specific code. Nothing was placed.', fixFirst('Nothing was placed. Check the order against the symbol’s rules and your account state, then send again.'), [
    cause('generic-reject', 'Order refused by the matching engine', 'On the futures products most rejections have their own code, so a bare NEW_ORDER_REJECTED is rare. Typical triggers are a symbol that is not trading, an account restriction, or an order the engine cannot accept in the current market state.', [
      fix('Check symbol state, account and order', ['Confirm the symbol is TRADING in GET /fapi/v1/exchangeInfo (COIN-M /dapi/v1/exchangeInfo).', 'Check the account can trade (GET /fapi/v3/account canTrade).', 'Check the full message text — it sometimes carries the reason.']),
    ]),
  ]),
  one(['usdm:-2012'], 'A batch cancel failed as a whole. Some orders may still be open.', { verdict: 'query-order-first', outcome: 'unknown', advice: 'Check which orders are still open (GET /fapi/v1/openOrders) before cancelling again; cancel the remaining ones individually if needed.' }, 'batch-cancel', 'Batch cancel failed', 'The orders in the list could not be cancelled together — wrong ids, orders already gone, or an internal problem.', 'List open orders and cancel what is left', ['Read open orders for the symbol.', 'Cancel the remaining ones (DELETE /fapi/v1/order or DELETE /fapi/v1/allOpenOrders).'], S_OPEN_ORDERS),
  one(['-2016'], 'No trading window could be found for the symbol, so the rolling-window statistics you asked for are not available. Nothing was returned.', fixFirst('Nothing changed. Use the 24-hour ticker (ticker/24hr) instead, or another window size.'), 'no-window', 'No trading window for the symbol', 'The symbol has no trades in the requested window (new, halted or inactive symbol).', 'Use the 24-hour ticker', ['Query GET /api/v3/ticker/24hr (futures /fapi/v1/ticker/24hr).', 'Check the symbol is trading.']),
  one(['usdm:-2017'], 'The API keys on this account are locked. Nothing was done.', never('Nothing was done. Only you (via the website) or Binance support can unlock the keys.'), 'keys-locked', 'API keys locked', 'Binance locked the account’s API keys, often after a security event or a settings change.', 'Unlock through the account', ['Check API Management and your email for a notice.', 'Contact Binance support if you cannot unlock them yourself.']),
  one(['-2018'], 'Your balance is not enough for this action. Nothing was done.', fixFirst('Nothing was done. Add or free funds (or lower the amount), then try again.'), 'balance-low', 'Not enough balance in this wallet', 'The wallet this product uses lacks the asset — funds may sit in Spot, Funding or another futures wallet, or be held by open orders.', 'Check the balance this product sees', ['Read GET /fapi/v3/balance (COIN-M /dapi/v1/balance).', 'Transfer funds to this wallet or lower the amount.'], S_TRANSFER),
  one(['-2020'], 'The order could not be filled as required (for example a FOK or IOC order, or a market order with no matching liquidity). Nothing was executed.', wait('Nothing was executed. Retry later, at another price, or with a different time-in-force.'), 'unable-to-fill', 'No liquidity to fill the order as asked', 'Fill-or-kill and immediate-or-cancel orders need liquidity at your price right now; thin books and fast markets often cannot offer it.', 'Adjust price or time-in-force', ['Check the book (GET /fapi/v1/depth).', 'Use GTC, a better price, or a smaller size.']),
  one(['-2023'], 'Your account is being liquidated right now, so new orders are refused.', never('Do not send new orders until liquidation is finished. Check your positions and margin on the website.'), 'liquidation', 'Account in liquidation', 'Margin fell below maintenance level; the liquidation engine is closing positions and blocks new orders meanwhile.', 'Wait and review risk', ['Wait for liquidation to end, then review positions and margin.', 'Lower leverage or add margin to avoid it in future.']),
  one(['-2024'], 'The position is smaller than the amount you tried to close or reduce. Nothing was placed.', fixFirst('Nothing was placed. Read the current position and close at most that amount.'), 'position-small', 'Closing more than the position holds', 'The close quantity is larger than the open position on that side (already partly closed, or the wrong positionSide in hedge mode).', 'Close what is there', ['Read positionAmt (GET /fapi/v3/positionRisk; COIN-M /dapi/v1/positionRisk).', 'Send at most |positionAmt| on the side that holds it.'], S_POSITION),
  one(['-2025'], 'You have reached the maximum number of open orders allowed (per symbol or per account). Nothing was placed.', fixFirst('Nothing was placed. Cancel some open orders, then send again.'), 'too-many-orders', 'Open-order limit reached', 'Symbols cap the number of open orders (see the MAX_NUM_ORDERS filter in exchangeInfo); conditional orders have their own cap. Grid bots and forgotten orders hit it.', 'Cancel stale orders', ['List open orders and cancel ones you no longer need.', 'Keep your grid below the MAX_NUM_ORDERS limit.'], S_OPEN_ORDERS),
  one(['-2026'], 'This order type cannot be marked reduce-only. Nothing was placed.', fixFirst('Nothing was placed. Remove reduceOnly, or use an order type that accepts it.'), 'type-no-reduceonly', 'reduceOnly on a type that does not take it', 'Some order types or modes do not accept reduceOnly (and in hedge mode reduceOnly is never accepted).', 'Use a type that supports reduceOnly', ['Use LIMIT, MARKET or a conditional type with reduceOnly in one-way mode; in hedge mode use positionSide instead.', 'For a close-all stop use closePosition=true.'], S_POSITION),
  one(['-2028'], 'The leverage is too low for your current margin balance: you cannot lower it that far with the positions you hold. Nothing changed.', fixFirst('Nothing changed. Add margin or reduce the position before lowering leverage.'), 'min-leverage', 'Leverage too low for the margin you have', 'Lowering leverage raises the margin the position needs; with too little balance Binance refuses the change.', 'Add margin or reduce the position', ['Transfer more margin in, or close part of the position.', 'Then lower leverage (POST /fapi/v1/leverage).'], S_LEVERAGE),
];

// Spot's own 20xx codes and meanings.
const SPOTK: Knowledge[] = [
  simple(
    ['spot:-2021'],
    'A cancel-replace half succeeded: either the old order was cancelled but the new one was refused, or the cancel failed but the new order was placed. You may now have no order, or two.',
    LOOKUP_FIRST,
    [
      cause('half-done', 'One part of the cancel-replace failed', 'POST /api/v3/order/cancelReplace runs a cancel and a new order. With cancelReplaceMode=ALLOW_FAILURE the new order can be placed even though the cancel failed; with STOP_ON_FAILURE a refused new order can follow a successful cancel. The HTTP status is 409.', [
        fix('Read which half failed, then fix that half', ['Read cancelResult / newOrderResult and their responses in the error body.', 'If the cancel succeeded but the new order failed, fix the new order (its own error is in newOrderResponse) and place it.', 'If the new order was placed but the cancel failed, decide whether to cancel the old one.'], S_SPOT_CANCEL),
      ]),
    ],
  ),
  simple(
    ['spot:-2022'],
    'A cancel-replace failed completely: the cancel and the new order were both refused. Your old order, if it existed, is unchanged.',
    fixFirst('Nothing changed. Read cancelResponse and newOrderResponse in the error body, fix both problems, then try again.'),
    [
      cause('both-failed', 'Both the cancel and the new order failed', 'Typically the old order no longer exists (Unknown order) and the new order breaks a rule of its own. HTTP status 400.', [
        fix('Fix both halves', ['Check the old order still exists (GET /api/v3/order).', 'Fix the new order using its own error message, then resend (or place it with POST /api/v3/order).'], S_SPOT_CANCEL),
      ]),
    ],
  ),
  one(['spot:-2026'], 'The order was cancelled or expired with nothing filled more than 90 days ago, and Binance has archived it, so it can no longer be looked up.', noop('There is nothing to do: the order ended long ago without any fill.'), 'archived', 'Old unfilled order archived', 'Spot keeps unfilled CANCELED/EXPIRED orders for 90 days; after that lookups return this code.', 'Stop querying it', ['Remove it from the list of orders your bot keeps checking.', 'Use your own records for history older than 90 days.']),
  one(['spot:-2035'], 'A user data stream subscription is already active on this WebSocket API connection.', noop('Nothing changed: you are already subscribed. Do not subscribe again on this connection.'), 'already-subscribed', 'Already subscribed', 'userDataStream.subscribe was sent twice on the same connection, e.g. by reconnect code.', 'Track the subscription', ['Keep a flag per connection and subscribe once after logon.']),
  one(['spot:-2036'], 'There is no active user data stream subscription on this connection, so there is nothing to unsubscribe or use.', fixFirst('Nothing changed. Subscribe first (userDataStream.subscribe), or skip the unsubscribe.'), 'not-subscribed', 'No subscription active', 'An unsubscribe or stream action was sent before subscribing, or after the connection was renewed.', 'Subscribe before use', ['After every reconnect, log on and subscribe again before relying on the stream.']),
  one(['spot:-2038'], 'Binance refused to amend the order (amend keep-priority). The message gives the reason, e.g. amend not supported for the symbol, a quantity increase, or no change at all.', fixFirst('Nothing changed. Fix what the message says — only quantity decreases are allowed, and the new quantity must differ — then try again.'), 'amend-rejected', 'Order amendment not allowed', 'Amend keep-priority (PUT /api/v3/order/amend/keepPriority) only lowers quantity, only on symbols that allow it, and rejects requests that would not change anything.', 'Send a valid amendment', ['Check the symbol allows amends (amendAllowed in exchangeInfo).', 'Send a newQty smaller than the current quantity; to increase, cancel and place a new order.'], S_SPOT_RULES),
  one(['spot:-2039'], 'The client order id does not belong to the order id you sent with it. Nothing was done.', fixFirst('Nothing was done. Send only one id, or make sure both belong to the same order.'), 'id-mismatch', 'orderId and client order id disagree', 'Both orderId and origClientOrderId were sent and they refer to different orders (a mix-up in your records).', 'Send one consistent id', ['Prefer one id per lookup; if you send both, take them from the same order record.'], S_SPOT_CANCEL),
  one(['spot:-2042'], 'This WebSocket API connection has reached the maximum number of subscription ids.', fixFirst('Nothing changed. Unsubscribe unused subscriptions or open another connection.'), 'max-subs', 'Too many subscriptions on the connection', 'Each subscription uses an id; the connection has run out.', 'Reuse or spread subscriptions', ['Unsubscribe ones you no longer use, or open a new connection.']),
  one(['spot:-2043'], 'Binance has no reference price for this symbol right now, so a request that depends on it cannot be served.', wait('Nothing changed. Try again later, or use a symbol that has a reference price.'), 'no-reference-price', 'No reference price for the symbol', 'Some symbols (new, halted or special ones) do not have a reference price at the moment.', 'Check the symbol and retry later', ['Check the symbol is trading in GET /api/v3/exchangeInfo.', 'Retry later.'], S_SPOT_RULES),
];

const knowledge: Knowledge[] = [KSPOT2010, K2011, KSPOT2011, K2013, K2014, K2015, K2019, K2021, K2022, K2027, ...OTHERS, ...SPOTK];
export default knowledge;
