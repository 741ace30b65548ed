import { describe, expect, it } from 'vitest';
import { clockSkew } from './clock-skew';
import { ruleContext } from './testing';

const SERVER = 1700000000000;
const at = (timestamp: string) => ruleContext({ code: -1021 }, { serverTime: SERVER, params: { timestamp } });

describe('clockSkew', () => {
  it('answers ahead when the timestamp is more than a second ahead', () => {
    expect(clockSkew(at('1700000002500'))).toEqual({ value: 'ahead', because: 'your request’s timestamp is 2500 ms ahead of the server time in the paste' });
  });

  it('answers behind when it is more than a second behind', () => {
    expect(clockSkew(at('1699999993000'))).toEqual({ value: 'behind', because: 'your request’s timestamp is 7000 ms behind the server time in the paste' });
  });

  it('answers close within a second', () => {
    expect(clockSkew(at('1699999999600'))).toEqual({ value: 'close', because: 'your request’s timestamp is 400 ms behind the server time in the paste' });
    expect(clockSkew(at('1700000001000'))?.value).toBe('close');
  });

  it('stays silent without a server time or a millisecond timestamp', () => {
    expect(clockSkew(ruleContext({}, { params: { timestamp: '1700000000000' } }))).toBeUndefined();
    expect(clockSkew(at('1700000000'))).toBeUndefined();
  });
});

describe('clockSkew from the log time', () => {
  it('compares a log time with its zone against the server time when no timestamp was sent', () => {
    const ctx = ruleContext({ code: -1021 }, { serverTime: SERVER, logTimes: ['2023-11-14T22:13:25.000Z'] });
    expect(clockSkew(ctx)).toEqual({ value: 'ahead', because: 'your log’s time is 5000 ms ahead of the server time in the paste' });
  });

  it('stays silent on a log time without a zone, or one far from the server time', () => {
    expect(clockSkew(ruleContext({}, { serverTime: SERVER, logTimes: ['2023-11-14 22:13:25'] }))).toBeUndefined();
    expect(clockSkew(ruleContext({}, { serverTime: SERVER, logTimes: ['2023-11-14T23:13:25Z'] }))).toBeUndefined();
  });
});
