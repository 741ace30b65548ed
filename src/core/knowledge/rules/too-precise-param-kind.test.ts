import { describe, expect, it } from 'vitest';
import { tooPreciseParamKind } from './too-precise-param-kind';
import { ruleContext } from './testing';

const tooPrecise = (parameter: string) => ruleContext({ code: -1111, product: 'spot', message: `Parameter '${parameter}' has too much precision.`, params: { parameter } });

describe('tooPreciseParamKind', () => {
  it('answers quantity, price and quote by the name', () => {
    expect(tooPreciseParamKind(tooPrecise('quantity'))).toEqual({ value: 'quantity', because: "the message names 'quantity'" });
    expect(tooPreciseParamKind(tooPrecise('stopPrice'))).toEqual({ value: 'price', because: "the message names 'stopPrice'" });
    expect(tooPreciseParamKind(tooPrecise('price'))?.value).toBe('price');
    expect(tooPreciseParamKind(tooPrecise('quoteOrderQty'))).toEqual({ value: 'quote', because: "the message names 'quoteOrderQty'" });
  });

  it('answers other for another name', () => {
    expect(tooPreciseParamKind(tooPrecise('icebergQty'))).toEqual({ value: 'other', because: "the message names 'icebergQty'" });
  });

  it('is undefined when no parameter is named', () => {
    expect(tooPreciseParamKind(ruleContext({ code: -1111, product: 'spot', message: 'Precision is over the maximum defined for this asset.' }))).toBeUndefined();
  });
});
