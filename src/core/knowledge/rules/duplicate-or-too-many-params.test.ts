import { describe, expect, it } from 'vitest';
import { duplicateOrTooManyParams } from './duplicate-or-too-many-params';
import { ruleContext } from './testing';

describe('duplicateOrTooManyParams', () => {
  it('answers duplicate for the duplicate-values form', () => {
    expect(duplicateOrTooManyParams(ruleContext({ code: -1101, message: 'Duplicate values for a parameter detected.' }))).toEqual({ value: 'duplicate', because: 'the message says duplicate values were detected' });
  });

  it('answers count for the too-many-parameters form', () => {
    expect(duplicateOrTooManyParams(ruleContext({ code: -1101, message: "Too many parameters; expected '6' and received '7'." }))).toEqual({ value: 'count', because: 'the message counts the parameters' });
  });

  it('reads only the pasted message, not the catalogue one', () => {
    expect(duplicateOrTooManyParams(ruleContext({ code: -1101, message: 'Too many parameters; expected 5 and received 6.', catalogueMessage: 'Duplicate values for a parameter detected.' }))?.value).toBe('count');
    expect(duplicateOrTooManyParams(ruleContext({ code: -1101, message: null, catalogueMessage: 'Duplicate values for a parameter detected.' }))).toBeUndefined();
  });

  it('is undefined for another wording', () => {
    expect(duplicateOrTooManyParams(ruleContext({ code: -1101, message: 'An unknown error occurred while processing the request.' }))).toBeUndefined();
  });
});
