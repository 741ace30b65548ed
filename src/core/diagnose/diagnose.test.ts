import { describe, expect, it } from 'vitest';
import { decode } from '../decode';
import { KNOWLEDGE } from '../knowledge/registry';
import type { Knowledge } from '../knowledge/types';
import { ruleContext } from '../knowledge/rules/testing';
import { diagnoseWith } from './diagnose';
import { NOT_SURE } from './walk';

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
    expect(diagnoseWith(ban, undefined, { knowledge: KNOWLEDGE, now: NOW, timeZone: 'UTC' }).facts[0]?.text).toBe('The ban ends at 2023-11-14 22:13:20 UTC — in 13 min. Send nothing from this IP until then.');
    expect(diagnoseWith(ban, undefined, { knowledge: KNOWLEDGE, now: NOW, timeZone: 'Europe/Berlin' }).facts[0]?.text).toBe(
      'The ban ends at 2023-11-14 23:13:20 CET your time (2023-11-14 22:13:20 UTC) — in 13 min. Send nothing from this IP until then.',
    );
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

/** A small tree: kind → (write → mode → hedge|oneway) | read. */
const TOY: Knowledge = {
  keys: ['usdm:-1106'],
  meaning: 'toy',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Fix it.' },
  causes: ['a', 'b', 'c', 'd'].map((id) => ({ id, title: `Cause ${id}${id === 'd' ? ' about reduceOnly' : ''}`, why: '…', fixes: [{ title: 'Fix', steps: ['Do it.'] }] })),
  tree: {
    start: 'kind',
    questions: [
      { id: 'kind', text: 'Write or read?', options: [{ value: 'write', label: 'Write', next: 'mode' }, { value: 'read', label: 'Read', ranks: ['c'] }] },
      { id: 'mode', text: 'Hedge mode?', options: [{ value: 'hedge', label: 'Yes', ranks: ['b', 'a'] }, { value: 'oneway', label: 'No', ranks: ['a'] }] },
    ],
  },
};
const toy = (answers: Record<string, string>, message: string | null = null) =>
  diagnoseWith({ ...ruleContext({ code: -1106, product: 'usdm', message }).finding }, undefined, { knowledge: [TOY], answers });
const ids = (d: { causes: { id: string }[] }) => d.causes.map((c) => c.id);

describe('questions a person can answer', () => {
  it('offer "Not sure" on every question; choosing it ranks what is left below it, ruling nothing out', () => {
    const start = toy({});
    expect(start.next?.options.at(-1)).toEqual({ value: NOT_SURE, label: 'Not sure' });
    const unsure = toy({ kind: NOT_SURE });
    expect(unsure).toMatchObject({ ranked: true, next: null, ruledOut: [] });
    expect(ids(unsure)).toEqual(['a', 'b', 'c', 'd']);
    expect(unsure.path[0]).toMatchObject({ value: NOT_SURE, label: 'Not sure', by: 'user' });
    const later = toy({ kind: 'write', mode: NOT_SURE });
    expect(ids(later)).toEqual(['a', 'b', 'd', 'c']);
    expect(later.ruledOut).toEqual(['c']);
  });

  it('re-rank after every answer, the still possible first, and mark what the answers rule out', () => {
    const partial = toy({ kind: 'write' });
    expect(partial.ranked).toBe(false);
    expect(partial.next?.id).toBe('mode');
    expect(ids(partial)).toEqual(['a', 'b', 'd', 'c']);
    expect(partial.ruledOut).toEqual(['c']);
    const done = toy({ kind: 'write', mode: 'oneway' });
    expect(ids(done)).toEqual(['a', 'd', 'b', 'c']);
    expect(done.ruledOut).toEqual(['b', 'c']);
  });

  it('rank the causes the message names first, before any answer', () => {
    expect(ids(toy({}, "Parameter 'reduceOnly' sent when not required."))[0]).toBe('d');
    const lot = first('POST /api/v3/order symbol=BTCUSDT&quantity=1\n{"code":-1013,"msg":"Filter failure: LOT_SIZE"}');
    const d = diagnoseWith({ ...lot, product: 'spot' }, undefined, { knowledge: KNOWLEDGE });
    expect(d.causes[0]?.title).toMatch(/^LOT_SIZE/);
    expect(d.causes.slice(0, 2).every((c) => /(?<!MARKET_)LOT_SIZE/.test(c.title))).toBe(true);
  });

  it('never ask what the paste already answers', () => {
    const f = first('POST /fapi/v1/order symbol=BTCUSDT&positionSide=BOTH\n{"code":-4061,"msg":"Order\'s position side does not match user\'s setting."}');
    const d = diagnoseWith(f, undefined, { knowledge: KNOWLEDGE });
    const asked = d.next?.id;
    expect(d.path.some((p) => p.by === 'paste' && p.question.id === asked)).toBe(false);
  });
});
