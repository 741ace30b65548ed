import { describe, expect, it } from 'vitest';
import { spotNotRequiredParam } from './spot-not-required-param';
import { ruleContext } from './testing';

const notRequired = (parameter: string) => ruleContext({ code: -1106, product: 'spot', message: `Parameter '${parameter}' sent when not required.`, params: { parameter } });

describe('spotNotRequiredParam', () => {
  it('tells price / timeInForce and stopPrice apart from the rest', () => {
    expect(spotNotRequiredParam(notRequired('timeInForce'))).toEqual({ value: 'timeInForce', because: "the message names 'timeInForce'" });
    expect(spotNotRequiredParam(notRequired('price'))?.value).toBe('timeInForce');
    expect(spotNotRequiredParam(notRequired('stopPrice'))?.value).toBe('stopPrice');
    expect(spotNotRequiredParam(notRequired('reduceonly'))?.value).toBe('other');
  });
  it('stays silent when no parameter is named', () => {
    expect(spotNotRequiredParam(ruleContext({ code: -1106, product: 'spot' }))).toBeUndefined();
  });
});
