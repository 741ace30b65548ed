import { describe, expect, it } from 'vitest';
import { frameworkLibrary } from './framework-library';
import { ruleContext } from './testing';

describe('frameworkLibrary', () => {
  it('sees a framework or ccxt', () => {
    const a = frameworkLibrary(ruleContext({ code: -4059 }, { library: 'hummingbot' }));
    expect(a?.value).toBe('framework');
    expect(a?.because).toContain('hummingbot');
    expect(frameworkLibrary(ruleContext({}, { library: 'freqtrade' }))?.value).toBe('framework');
    expect(frameworkLibrary(ruleContext({}, { library: 'ccxt-js' }))?.value).toBe('framework');
  });
  it('stays silent for other libraries or none', () => {
    expect(frameworkLibrary(ruleContext({}, { library: 'python-binance' }))).toBeUndefined();
    expect(frameworkLibrary(ruleContext())).toBeUndefined();
  });
});
