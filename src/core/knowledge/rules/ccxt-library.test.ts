import { describe, expect, it } from 'vitest';
import { ccxtLibrary } from './ccxt-library';
import { ruleContext } from './testing';

describe('ccxtLibrary', () => {
  it('sees ccxt (Python and JavaScript)', () => {
    const a = ccxtLibrary(ruleContext({ code: -4046 }, { library: 'ccxt-python' }));
    expect(a?.value).toBe('ccxt');
    expect(a?.because).toContain('ccxt-python');
    expect(ccxtLibrary(ruleContext({}, { library: 'ccxt-js' }))?.value).toBe('ccxt');
  });
  it('sees another library', () => {
    const a = ccxtLibrary(ruleContext({ code: -4046 }, { library: 'python-binance' }));
    expect(a?.value).toBe('other');
    expect(a?.because).toContain('python-binance');
  });
  it('stays silent when no library was recognised', () => {
    expect(ccxtLibrary(ruleContext())).toBeUndefined();
  });
});
