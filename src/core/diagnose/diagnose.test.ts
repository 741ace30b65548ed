import { describe, expect, it } from 'vitest';
import { decode } from '../decode';
import { KNOWLEDGE } from '../knowledge/registry';
import { diagnoseWith } from './diagnose';

const first = (text: string) => {
  const f = decode(text).findings[0];
  if (f === undefined) throw new Error(`no finding in ${text}`);
  return f;
};
const NOW = Date.UTC(2023, 10, 14, 22, 0, 0);

describe('diagnose', () => {
  it('answers from the paste, lets the user override, and ranks causes at the end of the walk', () => {
    const f = first('POST /fapi/v1/order symbol=BTCUSDT&positionSide=BOTH\n{"code":-4061,"msg":"Order\'s position side does not match user\'s setting."}');
    const auto = diagnoseWith(f, undefined, { knowledge: KNOWLEDGE });
    expect(auto.path[0]).toMatchObject({ by: 'paste', because: expect.stringContaining('positionSide=BOTH') });
    expect(auto.next).not.toBeNull();
    expect(auto.ranked).toBe(false);
    const q1 = auto.path[0]!.question;
    const other = q1.options.find((o) => o.value !== auto.path[0]!.value)!.value;
    const overridden = diagnoseWith(f, undefined, { knowledge: KNOWLEDGE, answers: { [q1.id]: other } });
    expect(overridden.path[0]).toMatchObject({ by: 'user', value: other, pasteSaid: { value: auto.path[0]!.value } });
    let answers: Record<string, string> = {};
    let d = auto;
    for (let i = 0; i < 10 && d.next != null; i++) {
      answers = { ...answers, [d.next.id]: d.next.options[0]!.value };
      d = diagnoseWith(f, undefined, { knowledge: KNOWLEDGE, answers });
    }
    expect(d.ranked).toBe(true);
    expect(d.causes.length).toBeGreaterThan(0);
  });

  it('turns placeholder values into facts: ban end, limit, notional (not on COIN-M, where quantity is contracts)', () => {
    const ban = first('{"code":-1003,"msg":"Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans."}');
    expect(diagnoseWith(ban, undefined, { knowledge: KNOWLEDGE, now: NOW }).facts[0]?.text).toBe('The ban ends at 2023-11-14 22:13:20 UTC — in 13 min. Send nothing from this IP until then.');
    const usdm = first('POST /fapi/v1/order price=30000&quantity=0.001\n{"code":-4164,"msg":"Order\'s notional must be no smaller than 100 (unless you choose reduce only)"}');
    expect(diagnoseWith(usdm, undefined, { knowledge: KNOWLEDGE }).facts.map((x) => x.id)).toContain('notional');
    const coinm = first('POST /dapi/v1/order price=30000&quantity=1\n{"code":-4178,"msg":"Order\'s notional must be no smaller than 100 (unless you choose reduce only)"}');
    expect(coinm.product).toBe('coinm');
    expect(diagnoseWith(coinm, undefined, { knowledge: KNOWLEDGE }).facts.map((x) => x.id)).not.toContain('notional');
  });

  it('gives an unknown code an honest meaning, a verdict and causes', () => {
    const d = diagnoseWith(first('{"code":-9999,"msg":"x"}'), undefined, { knowledge: KNOWLEDGE });
    expect(d.usesFamilyDefault).toBe(true);
    expect(d.meaning).toMatch(/not in any of the Binance error catalogues/);
    expect(d.causes[0]?.fixes.length).toBeGreaterThan(0);
    expect(d.retry.verdict).toBe('fix-first');
  });

  it('never lets a throwing auto rule break the walk', () => {
    const f = first('{"code":-4061,"msg":"Order\'s position side does not match user\'s setting."}');
    const bad = KNOWLEDGE.map((k) => (k.tree === undefined ? k : { ...k, tree: { ...k.tree, questions: k.tree.questions.map((q) => ({ ...q, auto: () => { throw new Error('boom'); } })) } }));
    const d = diagnoseWith(f, undefined, { knowledge: bad });
    expect(d.path).toEqual([]);
    expect(d.next).not.toBeNull();
  });
});
