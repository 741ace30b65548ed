/** Compiles catalogue messages into safe regular expressions, with named captures for placeholders. */
import { allEntries } from '../catalogue/index';
import type { CatalogueEntry, CatalogueMessage, Slot } from '../catalogue/types';

/** A compiled catalogue message. */
export interface Template {
  entry: CatalogueEntry;
  message: CatalogueMessage;
  /** Matches the message at the start of a string (sticky use) — no nested quantifiers. */
  re: RegExp;
  /** Names of the captures, in order. */
  names: string[];
  /** The longest literal part, lower-cased: a cheap test before the regex runs. */
  anchor: string;
  /** Offset of the anchor inside the message (for locating the start). */
  anchorOffset: number;
  hasSlots: boolean;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Tolerant literal: any run of spaces matches any run of spaces; the final period is optional. */
function literal(s: string, last: boolean): string {
  let t = s;
  let optionalDot = false;
  if (last && /[.。]\s*$/.test(t)) {
    t = t.replace(/[.。]\s*$/, '');
    optionalDot = true;
  }
  const body = t
    .split(/\s+/)
    .map(escape)
    .join('\\s+');
  return optionalDot ? `${body}\\.?` : body;
}

function slotPattern(slot: Slot, last: boolean): string {
  if (slot === 'd') return '(-?\\d{1,20})';
  if (slot === 'b') return '(true|false|TRUE|FALSE|True|False)';
  // A slot at the end (or before a final period) is one token up to a boundary; inside, the shortest run.
  return last ? '([^\\s\'",}\\]]{1,120}?)(?=\\.?(?:$|[\\s\'",}\\]]))' : '(.{1,160}?)';
}

const NAME_RULES: [RegExp, string][] = [
  [/banned until\s*$/i, 'bannedUntil'],
  [/limit is\s*'?$/i, 'limit'],
  [/\bper\s*'?$/i, 'interval'],
  [/no smaller than\s*$/i, 'minNotional'],
  [/higher than\s*$/i, 'maxPrice'],
  [/lower than\s*$/i, 'minPrice'],
  [/leverage limit is\s*$|up to\s*$|maximum leverage of\s*$/i, 'maxLeverage'],
  [/leverage\s*$/i, 'leverage'],
  [/legal range is\s*'?$/i, 'legalRange'],
  [/expected\s*'?$/i, 'expected'],
  [/received\s*'?$/i, 'received'],
  [/\bread\s*'?$/i, 'read'],
  [/was sent\s*'?$/i, 'sent'],
  [/(param(eter)?|tag|field|component|group)s?\s*'?$/i, 'parameter'],
  [/orderType\s*'?$/i, 'orderType'],
  [/reduceOnly\s*'?$/i, 'reduceOnly'],
  [/more than\s*$/i, 'hours'],
  [/interval is\s*$/i, 'days'],
  [/is available\s*$/i, 'days'],
  [/working type:\s*$/i, 'workingType'],
  [/for\s*$/i, 'asset'],
];

/** Names for a message's placeholders from the words before each one (`limit`, `bannedUntil` …). */
export function slotNames(parts: readonly string[]): string[] {
  const used = new Map<string, number>();
  return parts.slice(0, -1).map((before) => {
    const rule = NAME_RULES.find(([re]) => re.test(before));
    const base = rule?.[1] ?? 'value';
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return n === 1 ? base : `${base}${n}`;
  });
}

function compile(entry: CatalogueEntry, message: CatalogueMessage): Template {
  const { parts, slots } = message;
  let src = '';
  parts.forEach((p, i) => {
    const last = i === parts.length - 1;
    src += literal(p, last);
    const slot = slots[i];
    if (slot !== undefined) src += slotPattern(slot, i === slots.length - 1 && /^[.。]?$/.test(parts[i + 1]?.trim() ?? ''));
  });
  let anchor = '';
  let anchorOffset = 0;
  let offset = 0;
  for (const p of parts) {
    const t = p.trim();
    if (t.length > anchor.length) {
      anchor = t;
      anchorOffset = offset + p.indexOf(t);
    }
    offset += p.length + 2;
  }
  return {
    entry,
    message,
    re: new RegExp(src, 'iy'),
    names: slotNames(parts),
    anchor: anchor.toLowerCase().replace(/\s+/g, ' ').replace(/[.。]$/, ''),
    anchorOffset,
    hasSlots: slots.length > 0,
  };
}

let all: Template[] | null = null;
const byCode = new Map<number, Template[]>();

/** Every catalogue message, compiled once. */
export function templates(): Template[] {
  if (all == null) {
    all = [];
    for (const e of allEntries()) {
      for (const m of e.messages) {
        const t = compile(e, m);
        all.push(t);
        byCode.set(e.code, [...(byCode.get(e.code) ?? []), t]);
      }
    }
  }
  return all;
}

/** The compiled messages of one code, across products. */
export function templatesForCode(code: number): Template[] {
  templates();
  return byCode.get(code) ?? [];
}

/** Placeholder values of a match, by name. */
export function captures(t: Template, m: RegExpExecArray): Record<string, string> {
  const out: Record<string, string> = {};
  t.names.forEach((name, i) => {
    const v = m[i + 1];
    if (v !== undefined) out[name] = v.trim().replace(/^'|'$/g, '');
  });
  return out;
}

/** How much of a match is the template's own wording, not placeholder values: a literal message beats a template whose placeholder swallows the line. */
export function literalLength(t: Template, m: RegExpExecArray): number {
  let n = m[0].length;
  for (let i = 1; i <= t.names.length; i++) n -= m[i]?.length ?? 0;
  return n;
}

/** Tries a template at exactly `at` in `text`. */
export function matchAt(t: Template, text: string, at: number): RegExpExecArray | null {
  t.re.lastIndex = at;
  return t.re.exec(text);
}
