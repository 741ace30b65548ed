import { describe, expect, it } from 'vitest';
import { repeatedParamKind } from './repeated-param-kind';
import { ruleContext } from './testing';

const dup = (parameter: string) => ruleContext({ code: -1101, message: `Duplicate values for parameter '${parameter}'.` });

describe('repeatedParamKind', () => {
  it('answers list for array-style or list parameters', () => {
    expect(repeatedParamKind(dup('symbols[]'))).toEqual({ value: 'list', because: "the message names parameter 'symbols[]'" });
    expect(repeatedParamKind(dup('orderIdList'))?.value).toBe('list');
  });
  it('answers signing for the fields a library adds when signing', () => {
    expect(repeatedParamKind(dup('timestamp'))?.value).toBe('signing');
    expect(repeatedParamKind(dup('symbol'))?.value).toBe('other');
  });
  it('stays silent when no parameter is named', () => {
    expect(repeatedParamKind(ruleContext({ code: -1101, message: 'Duplicate values for a parameter detected.' }))).toBeUndefined();
  });
});
