import { describe, expect, it } from 'vitest';
import { ruleContext } from './testing';
import { tickSizeShape } from './tick-size-shape';

const at = (text: string) => tickSizeShape(ruleContext({ occurrences: [{ line: 1, column: 1, text }] }));

describe('tickSizeShape', () => {
  it('answers power for 0.1, 0.01, 1 and odd for 0.5 or 0.0005', () => {
    expect(at('"tickSize":"0.01000000"')).toEqual({ value: 'power', because: 'the paste shows tickSize 0.01000000' });
    expect(at('tickSize=1')?.value).toBe('power');
    expect(at('tickSize=0.5')?.value).toBe('odd');
    expect(at('tickSize: 0.0005')?.value).toBe('odd');
  });

  it('stays silent without a tickSize', () => {
    expect(at('stepSize=0.001')).toBeUndefined();
  });
});
