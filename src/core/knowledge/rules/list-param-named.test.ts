import { describe, expect, it } from 'vitest';
import { listParamNamed } from './list-param-named';
import { ruleContext } from './testing';

const invalid = (parameter: string) => ruleContext({ code: -1130, message: `Data sent for parameter '${parameter}' is not valid.`, params: { parameter } });

describe('listParamNamed', () => {
  it('answers list for list parameters and unserialised objects', () => {
    expect(listParamNamed(invalid('orderIdList'))).toEqual({ value: 'list', because: "the message names parameter 'orderIdList'" });
    expect(listParamNamed(invalid('batchOrders'))?.value).toBe('list');
    expect(listParamNamed(invalid('batchOrders:[object Object]'))?.value).toBe('list');
  });
  it('answers value for other parameters and stays silent when none is named', () => {
    expect(listParamNamed(invalid('limit'))?.value).toBe('value');
    expect(listParamNamed(ruleContext({ code: -1130, message: 'Invalid data sent for a parameter.' }))).toBeUndefined();
  });
});
