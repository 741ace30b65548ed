import { describe, expect, it } from 'vitest';
import { postOnlySent } from './post-only-sent';
import { ruleContext } from './testing';

describe('postOnlySent', () => {
  it('answers gtx when the request carried timeInForce=GTX', () => {
    const ctx = ruleContext({ code: -5022, message: 'Due to the order could not be executed as maker, the Post Only order will be rejected.' }, { params: { timeInForce: 'GTX', side: 'BUY', type: 'LIMIT' } });
    expect(postOnlySent(ctx)).toEqual({ value: 'gtx', because: 'your request carried timeInForce=GTX' });
  });

  it('stays silent for another (or lower-case, or no) timeInForce', () => {
    expect(postOnlySent(ruleContext({ code: -5022 }, { params: { timeInForce: 'GTC' } }))).toBeUndefined();
    expect(postOnlySent(ruleContext({ code: -5022 }, { params: { timeInForce: 'gtx' } }))).toBeUndefined();
    expect(postOnlySent(ruleContext({ code: -5022 }))).toBeUndefined();
  });
});
