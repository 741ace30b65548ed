import { describe, expect, it } from 'vitest';
import { minNotionalNamed } from './min-notional-named';
import { ruleContext } from './testing';

describe('minNotionalNamed', () => {
  it('answers small when the message names MIN_NOTIONAL', () => {
    expect(minNotionalNamed(ruleContext({ code: -1013, message: 'Filter failure: MIN_NOTIONAL' }))).toEqual({ value: 'small', because: 'MIN_NOTIONAL only sets a minimum order value' });
  });

  it('stays silent for NOTIONAL (it caps both ends) or no message', () => {
    expect(minNotionalNamed(ruleContext({ code: -1013, message: 'Filter failure: NOTIONAL' }))).toBeUndefined();
    expect(minNotionalNamed(ruleContext({ code: -1013 }))).toBeUndefined();
  });
});
