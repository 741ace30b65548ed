import { describe, expect, it } from 'vitest';
import { decode } from '../../index';
import { earlierError } from './earlier-error';
import { ruleContext } from './testing';

describe('earlierError', () => {
  it('names the nearest error the paste shows before this one', () => {
    const a = earlierError(ruleContext({ earlier: [{ code: -4061, line: 12 }, { code: -2019, line: 3 }] }));
    expect(a).toEqual({ value: 'yes', because: 'your paste shows -4061 on line 12, before this error' });
  });
  it('stays silent when nothing came before (the paste cannot say no)', () => {
    expect(earlierError(ruleContext())).toBeUndefined();
    expect(earlierError(ruleContext({ earlier: [] }))).toBeUndefined();
  });
  it('is fed by decode: a -4003 after a -4061 in one log knows it', () => {
    const log = [
      '12:00:01 ERROR open SHORT ETHUSDT: {"code":-4061,"msg":"Order\'s position side does not match user\'s setting."}',
      '12:00:02 INFO closing ETHUSDT',
      '12:00:02 ERROR close ETHUSDT: {"code":-4003,"msg":"Quantity less than zero."}',
    ].join('\n');
    const f = decode(log).findings.find((x) => x.code === -4003);
    expect(f?.earlier).toEqual([{ code: -4061, line: 1 }]);
    expect(earlierError({ finding: f!, evidence: f!.evidence })?.value).toBe('yes');
    expect(decode(log).findings.find((x) => x.code === -4061)?.earlier).toBeUndefined();
  });
});
