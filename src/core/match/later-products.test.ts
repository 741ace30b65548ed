// Decoding the products added after the founding four: SAPI's 5-digit codes, Binance Link's and the
// WebSocket streams' non-negative codes, and numbers that mean different things by endpoint.
import { describe, expect, it } from 'vitest';
import { decode } from '../decode';

const findings = (text: string) => decode(text).findings;
const first = (text: string) => {
  const f = findings(text)[0];
  if (f === undefined) throw new Error(`no finding in ${text}`);
  return f;
};

describe('codes of the later products', () => {
  it('decodes a 5-digit SAPI code in a SAPI JSON body, known or not', () => {
    expect(first('POST https://api.binance.com/sapi/v1/blvt/subscribe {"code":-13001,"msg":"Exceeds individual 24h redemption limit of the token"}')).toMatchObject({
      code: -13001, name: 'BLVT_EXCEED_DAILY_LIMIT', known: true, product: 'sapi', matchedBy: 'code',
    });
    expect(first('{"code":-10043,"msg":"BNB borrowing is currently not supported."}')).toMatchObject({ code: -10043, product: 'sapi', known: true, params: { value: 'BNB' } });
    // On no page: reported as itself, the product the paste names.
    expect(first('GET https://api.binance.com/sapi/v1/sub-account/list 400 {"code":-10038,"msg":"Broker account is not supported."}')).toMatchObject({ code: -10038, known: false, product: 'sapi' });
    expect(first('APIError(code=-11001): Isolated margin account does not exist.')).toMatchObject({ code: -11001, known: false });
  });

  it('marks a code seen live on no official page as known, from its entry', () => {
    const f = first('https://api.binance.com/sapi/v1/sub-account/universalTransfer → {"code":-9000,"msg":"user have no avaliable amount"}');
    expect(f).toMatchObject({ code: -9000, known: true, product: 'sapi', catalogueMessage: 'user have no avaliable amount' });
  });

  it('decodes a positive Binance Link code in a Binance body, and never a bare number in prose', () => {
    expect(first('POST https://api.binance.com/bapi/ekyc/v2/public/ekyc/kyc/saas/link {"code":100001001,"msg":"system error, please contact Binance support"}')).toMatchObject({
      code: 100001001, name: 'SYS_ERROR', known: true, product: 'link',
    });
    expect(first('GET https://api.binance.com/sapi/v1/sub-account/universalTransfer 400 {"code":100001002,"msg":"Unsupported operation"}')).toMatchObject({ code: 100001002, known: true, product: 'sapi' });
    expect(findings('Transfer 100001002 failed, see ticket 100001002')).toEqual([]);
    expect(findings('our internal code: 100001002 (not from any exchange)')).toEqual([]);
    // A long code counts with its own message, or on a line that is Binance's.
    expect(first('{"code":100001002,"msg":"Unsupported operation"}')).toMatchObject({ code: 100001002, known: true });
    expect(findings('{"code":100001002,"msg":"Something else"}')).toEqual([]);
  });

  it('decodes the WebSocket stream codes 0–3 by their message, not any small code', () => {
    expect(first("Error received from server: {'code': 2, 'msg': 'Invalid request: request ID must be an unsigned integer'}")).toMatchObject({ code: 2, known: true, product: 'wsapi' });
    const live = first('Received error message: {"id": null, "error": {"code": 3, "msg": "Invalid json"}}');
    expect(live).toMatchObject({ code: 3, product: 'wsapi' });
    expect(live.candidates.map((c) => c.source)).toEqual(['wsapi']);
    expect(findings('{"code": 2, "msg": "ok"}')).toEqual([]);
    expect(findings('{"code": 0, "msg": "success"}')).toEqual([]);
  });
});

describe('one number, several meanings: the endpoint and the wording decide', () => {
  it('reads -4104 from a SAPI withdrawal as a SAPI code, and from /fapi/ as USD-M’s', () => {
    const wallet = first('Exception: {"code":-4104,"msg":"Please note that withdrawals are not permitted due to travel rule restrictions."}\nString path = "/sapi/v1/capital/withdraw/apply?coin=BNB";');
    // NOTE: SAPI's -4104 is on no official page; the catalogue has it as seen live (travel rule), USD-M's reading is kept as a candidate.
    expect(wallet).toMatchObject({ code: -4104, known: true, product: 'sapi' });
    expect(wallet.candidates.find((c) => c.source === 'usdm')).toMatchObject({ name: 'INVALID_CONTRACT_TYPE' });
    expect(first('POST https://fapi.binance.com/fapi/v1/order → {"code":-4104,"msg":"Invalid contract type"}')).toMatchObject({ code: -4104, known: true, product: 'usdm', name: 'INVALID_CONTRACT_TYPE' });
  });

  it('reads -1008 from eapi as Options’ rate limit and from fapi as the futures throttle, keeping both readings', () => {
    const options = first('GET https://eapi.binance.com/eapi/v1/order {"code":-1008,"msg":"Too many requests queued."}');
    expect(options).toMatchObject({ product: 'options', name: 'TOO_MANY_REQUESTS' });
    expect(options.candidates.map((c) => c.source)).toEqual(expect.arrayContaining(['options', 'usdm', 'spot', 'sapi']));
    const fut = first('POST https://fapi.binance.com/fapi/v1/order {"code":-1008,"msg":"Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again."}');
    expect(fut).toMatchObject({ product: 'usdm', name: 'Request Throttled' });
    expect(fut.candidates.find((c) => c.source === 'options')?.reason).toMatch(/same code, but the message is worded as on another product/);
  });

  it('reads a wallet -4xxx by its SAPI wording, and by the endpoint when the message is not given', () => {
    expect(first('{"code":-4026,"msg":"You have insufficient balance."}')).toMatchObject({ product: 'sapi', name: 'CAPITAL_WITHDRAW_USER_ASSET_NOT_ENOUGH' });
    expect(first('POST /sapi/v1/capital/withdraw/apply failed: APIError(code=-4026)')).toMatchObject({ product: 'sapi' });
    expect(first('POST /fapi/v1/order failed: APIError(code=-4026)')).toMatchObject({ product: 'usdm', name: 'COMMISSION_INVALID' });
  });

  it('reads -5021 as SAPI’s parent/sub relation or the futures FOK reject by wording', () => {
    expect(first('{"code":-5021,"msg":"This parent sub have no relation"}')).toMatchObject({ product: 'sapi' });
    const fok = first('{"code":-5021,"msg":"Due to the order could not be filled immediately, the FOK order has been rejected. The order will not be recorded in the order history"}');
    // USD-M or Portfolio Margin (the paste does not say which), never SAPI.
    expect(fok.product).not.toBe('sapi');
    expect(fok.candidates[0]?.name).toBe('FOK_ORDER_REJECT');
  });
});
