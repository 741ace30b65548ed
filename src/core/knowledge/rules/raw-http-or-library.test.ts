import { describe, expect, it } from 'vitest';
import { rawHttpOrLibrary } from './raw-http-or-library';
import { ruleContext } from './testing';

describe('rawHttpOrLibrary', () => {
  it('sees a raw HTTP request', () => {
    expect(rawHttpOrLibrary(ruleContext({}, { library: 'curl' }))).toEqual({ value: 'own', because: 'the paste shows a raw HTTP request' });
  });
  it('sees a library', () => {
    const a = rawHttpOrLibrary(ruleContext({ code: -4120 }, { library: 'python-binance' }));
    expect(a?.value).toBe('library');
    expect(a?.because).toContain('python-binance');
  });
  it('stays silent when no library was recognised', () => {
    expect(rawHttpOrLibrary(ruleContext())).toBeUndefined();
  });
});
