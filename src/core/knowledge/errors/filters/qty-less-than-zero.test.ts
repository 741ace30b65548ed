// Real pastes that reach this knowledge, decoded and diagnosed.
import { describe, expect, it } from 'vitest';
import { decode } from '../../../index';
import { diagnoseWith } from '../../../diagnose/diagnose';
import { KNOWLEDGE } from '../../registry';
import knowledge from './qty-less-than-zero';
import { checkKnowledge } from '../../../../test-support/knowledge-cases';

checkKnowledge(knowledge, [
  { paste: 'python-binance-08.txt', code: -4003 },
]);

describe('a -4003 behind an earlier error', () => {
  it('ranks the knock-on first, answered from the log, and re-ranks when the user says it was the first error', () => {
    const log = [
      '12:00:01 ERROR open SHORT ETHUSDT positionSide=SHORT: {"code":-4061,"msg":"Order\'s position side does not match user\'s setting."}',
      '12:00:02 INFO closing ETHUSDT',
      '12:00:02 ERROR close ETHUSDT: {"code":-4003,"msg":"Quantity less than zero."}',
    ].join('\n');
    const f = decode(log).findings.find((x) => x.code === -4003);
    if (f === undefined) throw new Error('no -4003');
    const d = diagnoseWith(f, f.evidence, { knowledge: KNOWLEDGE, now: 0 });
    expect(d.path[0]).toMatchObject({ value: 'yes' });
    expect(d.causes[0]?.id).toBe('knock-on-earlier-error');
    const alone = decode('{"code":-4003,"msg":"Quantity less than zero."}').findings[0];
    if (alone === undefined) throw new Error('no -4003');
    const asked = diagnoseWith(alone, alone.evidence, { knowledge: KNOWLEDGE, now: 0 });
    expect(asked.next?.id).toBe('earlier');
    const first = diagnoseWith(alone, alone.evidence, { knowledge: KNOWLEDGE, now: 0, answers: { earlier: 'no', 'qty-value': 'zero', closing: 'opening' } });
    expect(first.causes[0]?.id).toBe('rounded-to-zero');
  });
});
