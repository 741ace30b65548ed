import { describe, expect, it } from 'vitest';
import { namedParamSent } from './named-param-sent';
import { ruleContext } from './testing';

const missing = (parameter: string) => ({ code: -1102, message: `Mandatory parameter '${parameter}' was not sent, was empty/null, or malformed.`, params: { parameter } });

describe('namedParamSent', () => {
  it('answers present when the logged request has the parameter', () => {
    const a = namedParamSent(ruleContext(missing('timestamp'), { params: { timestamp: '1622400960664', symbol: 'BTCUSDT' } }));
    expect(a).toEqual({ value: 'present', because: 'the paste shows timestamp=1622400960664 in the request that failed' });
  });
  it('stays silent when the parameter is not in the paste, or none is named', () => {
    expect(namedParamSent(ruleContext(missing('quoteQty'), { params: { symbol: 'BTCUSDT' } }))).toBeUndefined();
    expect(namedParamSent(ruleContext({ code: -1102 }, { params: { symbol: 'BTCUSDT' } }))).toBeUndefined();
  });
});
