import { describe, expect, it } from 'vitest';
import { librarySigns } from './library-signs';
import { ruleContext } from './testing';

describe('librarySigns', () => {
  it('answers library when a client library was detected', () => {
    expect(librarySigns(ruleContext({ code: -1022 }, { library: 'ccxt-python' }))).toEqual({ value: 'library', because: 'the paste comes from ccxt-python, which signs requests itself' });
  });

  it('stays silent for curl and when no library was detected', () => {
    expect(librarySigns(ruleContext({ code: -1022 }, { library: 'curl' }))).toBeUndefined();
    expect(librarySigns(ruleContext({ code: -1022 }))).toBeUndefined();
  });
});
