import { describe, expect, it } from 'vitest';
import { positiveCodes, type MessageReader } from './positive-codes';

const reading = (message: string, exact = false): MessageReader => () => ({ message, exact });

describe('non-negative Binance codes', () => {
  it('takes a keyed stream code 0–3 whose message reads as the stream error, shortened or not', () => {
    expect(positiveCodes('{"code": 2, "msg": "Invalid request: invalid stream"}', reading('Invalid request: invalid stream'))).toMatchObject([{ code: 2, only: ['wsapi'] }]);
    expect(positiveCodes("{'code': 3, 'msg': 'Invalid json'}", reading('Invalid json'))).toMatchObject([{ code: 3 }]);
    expect(positiveCodes('{"code": 0, "msg": "Unknown property"}', reading('Unknown property'))).toMatchObject([{ code: 0 }]);
  });

  it('leaves other small codes alone: success bodies, other exchanges, 451 bodies with code 0', () => {
    expect(positiveCodes('{"code": 0, "msg": "success"}', reading('success'))).toEqual([]);
    expect(positiveCodes('{"code": 0, "msg": "Service unavailable from a restricted location"}', reading('Service unavailable from a restricted location'))).toEqual([]);
    expect(positiveCodes('{"code": 1, "msg": ""}', reading(''))).toEqual([]);
  });

  it('takes a long code of a catalogue with its own message or on a Binance line, never in prose', () => {
    expect(positiveCodes('{"code":100001001,"msg":"x"}', reading('x', true))).toMatchObject([{ code: 100001001, only: ['link'] }]);
    expect(positiveCodes('api.binance.com said {"code":100001003,"msg":"Verification failed"}', reading('Verification failed'))).toMatchObject([{ code: 100001003, only: ['sapi'] }]);
    expect(positiveCodes('{"code":100001003,"msg":"nope"}', reading('nope'))).toEqual([]);
    expect(positiveCodes('binance order 100001003 failed', reading(''))).toEqual([]);
    expect(positiveCodes('binance {"code":123456789}', reading(''))).toEqual([]);
  });

  it('reads Binance Link’s zero-padded codes as written', () => {
    expect(positiveCodes('binance link {"code":"000002","message":"required param is missing"}', reading('required param is missing'))).toMatchObject([{ code: 2, only: ['link'] }]);
  });
});
