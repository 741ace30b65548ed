import { describe, expect, it } from 'vitest';
import { notRequiredStopPrice } from './not-required-stop-price';
import { ruleContext } from './testing';

const notRequired = (parameter: string) => ruleContext({ code: -1106, message: `Parameter '${parameter}' sent when not required.`, params: { parameter } });

describe('notRequiredStopPrice', () => {
  it('answers stopPrice for a trigger price', () => {
    expect(notRequiredStopPrice(notRequired('stopPrice'))).toEqual({ value: 'stopPrice', because: "the message names 'stopPrice'" });
  });
  it('leaves other names to notRequiredParamKind', () => {
    expect(notRequiredStopPrice(notRequired('reduceonly'))?.value).toBe('reduceOnly');
    expect(notRequiredStopPrice(notRequired('icebergQty'))?.value).toBe('other');
    expect(notRequiredStopPrice(ruleContext({ code: -1106 }))).toBeUndefined();
  });
});
