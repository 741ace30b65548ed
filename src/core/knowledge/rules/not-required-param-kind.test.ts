import { describe, expect, it } from 'vitest';
import { notRequiredParamKind } from './not-required-param-kind';
import { ruleContext } from './testing';

const sent = (parameter: string) => ruleContext({ code: -1106, message: `Parameter '${parameter}' sent when not required.`, params: { parameter } });

describe('notRequiredParamKind', () => {
  it('answers reduceOnly, quantity and timeInForce by the name', () => {
    expect(notRequiredParamKind(sent('reduceOnly'))).toEqual({ value: 'reduceOnly', because: "the message names 'reduceOnly'" });
    expect(notRequiredParamKind(sent('quantity'))).toEqual({ value: 'quantity', because: "the message names 'quantity'" });
    expect(notRequiredParamKind(sent('timeInForce'))).toEqual({ value: 'timeInForce', because: "the message names 'timeInForce'" });
    expect(notRequiredParamKind(sent('price'))?.value).toBe('timeInForce');
  });

  it('answers other for another name', () => {
    expect(notRequiredParamKind(sent('stopPrice'))).toEqual({ value: 'other', because: "the message names 'stopPrice'" });
  });

  it('is undefined when no parameter is named', () => {
    expect(notRequiredParamKind(ruleContext({ code: -1106, message: 'A parameter was sent when not required.' }))).toBeUndefined();
  });
});
