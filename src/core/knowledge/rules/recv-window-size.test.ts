import { describe, expect, it } from 'vitest';
import { recvWindowSize } from './recv-window-size';
import { ruleContext } from './testing';

const rw = (recvWindow: string) => ruleContext({ code: -1021 }, { params: { recvWindow } });

describe('recvWindowSize', () => {
  it('answers small under 5000', () => {
    expect(recvWindowSize(rw('1000'))).toEqual({ value: 'small', because: 'your request sent recvWindow=1000' });
  });

  it('answers default from 5000 to 10000', () => {
    expect(recvWindowSize(rw('5000'))).toEqual({ value: 'default', because: 'your request sent recvWindow=5000' });
    expect(recvWindowSize(rw('10000'))?.value).toBe('default');
  });

  it('answers large over 10000', () => {
    expect(recvWindowSize(rw('60000'))).toEqual({ value: 'large', because: 'your request sent recvWindow=60000' });
  });

  it('stays silent without a numeric recvWindow', () => {
    expect(recvWindowSize(ruleContext())).toBeUndefined();
    expect(recvWindowSize(rw('abc'))).toBeUndefined();
  });
});
