import { describe, expect, it } from 'vitest';
import { findCandidates } from './find-candidates';
import { dropOtherExchanges, exchangeOf } from './other-exchanges';

const kept = (text: string): (number | null)[] => {
  const found = findCandidates(text);
  dropOtherExchanges(text, found);
  return found.signals.map((s) => s.code ?? s.httpStatus);
};

describe('exchangeOf: which exchange a line says answered', () => {
  it.each([
    ['kucoin GET https://api.kucoin.com/api/v3/market/orderbook/level2?symbol=SDL-USDT 429 Too Many Requests', 'other'],
    ['[InsufficientFunds] kucoinfutures {"msg":"Balance insufficient.","code":"230003"}', 'other'],
    ['{"retCode":10001,"retMsg":"params error","result":{}}', 'other'],
    ['{"ret_code":10002,"ret_msg":"invalid request, please check your timestamp"}', 'other'],
    ['{"code":"1","data":[{"sCode":"51008","sMsg":"Order failed. Insufficient balance"}]}', 'other'],
    ["['EOrder:Insufficient funds']", 'other'],
    ['HTTP response body: {"label":"BALANCE_NOT_ENOUGH","message":"Not enough balance"}', 'other'],
    ['GET https://api.bitrue.com/api/v1/account (a Binance-compatible API) -> {"code":-1022,"msg":"Signature for this request is not valid."}', 'other'],
    ['binanceusdm {"code":-2019,"msg":"Margin is insufficient."}', 'binance'],
    ['Error 1020 Ray ID: 6b993ced1a281004 • 2021-12-06 23:19:14 UTC', 'system'],
    ['ERROR 1021 (HY000): Disk full (/mnt/#sql_1.MAI)', 'system'],
    ['POST https://fapi.asterdex.com/fapi/v1/order 400 {"code":-4164,"msg":"Order\'s notional must be no smaller than 5.0"}', 'other'],
    ['    at parseExchangeError (C:\\Users\\user\\aster_lick_hunter_node\\src\\lib\\errors\\TradingErrors.ts:197:14)', 'other'],
    ['the master branch has a faster fix', null],
    ['{"code":-2019,"msg":"Margin is insufficient."}', null],
    ['File "C:\\bot\\bitfinex_binance\\client.py", line 170', 'binance'],
  ])('%s', (line, says) => {
    expect(exchangeOf(line)).toBe(says);
  });
});

describe("dropOtherExchanges: other exchanges' errors are not Binance's", () => {
  it("drops a signal whose own line names another exchange, and keeps Binance's beside it", () => {
    const text = [
      'kucoin GET https://api.kucoin.com/api/v1/orders 418 I\'m a Teapot Too Many Bad Auth',
      'binance {"code":-1021,"msg":"Timestamp for this request is outside of the recvWindow."}',
    ].join('\n');
    expect(kept(text)).toEqual([-1021]);
  });

  it('drops an error that says nothing itself where the nearest exchange named is another one', () => {
    const text = ['var order = _kucoinClient.PlaceOrder(symbol, KucoinOrderSide.Buy);', '', 'every time I get error `200004`  Balance insufficient!'].join('\n');
    expect(kept(text)).toEqual([]);
    expect(kept(text.replace(/kucoin/gi, 'binance'))).not.toEqual([]);
  });

  it("drops another system's error on its own line: a Cloudflare page, a SQL state", () => {
    expect(kept('Error 1020 Ray ID: 6b993ced1a281004\nAccess denied')).toEqual([]);
    expect(kept('ERROR 1021 (HY000): Disk full; waiting for someone to free some space...')).toEqual([]);
  });

  it('keeps everything where no exchange is named', () => {
    expect(kept('{"code":-2019,"msg":"Margin is insufficient."}')).toEqual([-2019]);
  });
});
