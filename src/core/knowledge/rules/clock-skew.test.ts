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
