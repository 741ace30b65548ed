/** Message groups (one per distinct catalogue text) indexed by a rare key word, for finding messages with no code. */
import Fuse from 'fuse.js';
import { normaliseMessage } from '../catalogue/derive';
import { FOUNDING_PRODUCTS } from '../catalogue/index';
import { literalLength, matchAt, templates, type Template } from './templates';

/** One distinct message text and every catalogue entry that carries it. */
export interface MessageGroup {
  text: string;
  anchor: string;
  /** Global (unanchored) version of the template, run only inside a window around the anchor. */
  search: RegExp;
  templates: Template[];
  words: string[];
  /** A short message only the later products' pages carry ("Balance not enough."): too generic to count without its code. */
  thin: boolean;
}

// NOTE: the later products' pages (SAPI, Options …) are full of short, generic messages ("Transfer failed.",
// "Balance not enough"); alone in a log, such a line is far more often someone else's than Binance's.
const THIN_ANCHOR = 20;
const isThin = (g: MessageGroup): boolean => (g.anchor.length < THIN_ANCHOR || g.words.length <= 2) && g.templates.every((t) => !FOUNDING_PRODUCTS.includes(t.entry.product));

const WORD = /[a-z][a-z0-9]{3,}/g;
const STOP = new Set(['this', 'that', 'with', 'when', 'than', 'have', 'from', 'your', 'please', 'order', 'orders', 'request', 'parameter', 'invalid', 'current', 'error', 'will', 'been', 'only', 'more', 'must', 'sent', 'should', 'cannot', 'position']);

let groups: MessageGroup[] | null = null;
let byWord: Map<string, MessageGroup[]> | null = null;
let fuse: Fuse<MessageGroup> | null = null;

function build(): void {
  const byText = new Map<string, MessageGroup>();
  for (const t of templates()) {
    const text = t.message.text;
    let g = byText.get(text);
    if (g === undefined) {
      g = {
        text,
        anchor: t.anchor,
        search: new RegExp(t.re.source, 'gi'),
        templates: [],
        words: [...new Set(normaliseMessage(text).match(WORD) ?? [])].filter((w) => !STOP.has(w)),
        thin: false,
      };
      byText.set(text, g);
    }
    g.templates.push(t);
  }
  groups = [...byText.values()];
  for (const g of groups) g.thin = isThin(g);
  const freq = new Map<string, number>();
  for (const g of groups) for (const w of g.words) freq.set(w, (freq.get(w) ?? 0) + 1);
  byWord = new Map();
  for (const g of groups) {
    // NOTE: the key word must be inside the anchor, so finding it means the anchor may be there too.
    const inAnchor = g.words.filter((w) => g.anchor.includes(w));
    const key = [...inAnchor].sort((a, b) => (freq.get(a) ?? 0) - (freq.get(b) ?? 0) || b.length - a.length)[0];
    if (key === undefined || g.anchor.length < 8 || g.thin) continue;
    byWord.set(key, [...(byWord.get(key) ?? []), g]);
  }
}

/** Every distinct catalogue message. */
export function messageGroups(): MessageGroup[] {
  if (groups == null) build();
  return groups ?? [];
}

/**
 * One key phrase per message: the rarest pair of adjacent words of its anchor (a single word where the
 * anchor has one). A line must contain it to hold that message; pairs are far rarer in ordinary logs.
 */
export function messageKeyPhrases(): string[] {
  const gs = messageGroups().filter((g) => !g.thin);
  const pairsOf = (g: MessageGroup): string[] => {
    const ws = g.anchor.split(/[^a-z0-9_'-]+/).filter((w) => w.length > 0);
    if (ws.length < 2) return ws.filter((w) => w.length >= 4);
    const out: string[] = [];
    for (let i = 0; i + 1 < ws.length; i++) if (g.anchor.includes(`${ws[i]} ${ws[i + 1]}`)) out.push(`${ws[i]} ${ws[i + 1]}`);
    return out;
  };
  const freq = new Map<string, number>();
  const all = gs.map((g) => pairsOf(g));
  for (const ps of all) for (const p of new Set(ps)) freq.set(p, (freq.get(p) ?? 0) + 1);
  const keys = new Set<string>();
  for (const ps of all) {
    const best = [...ps].sort((a, b) => (freq.get(a) ?? 0) - (freq.get(b) ?? 0) || b.length - a.length)[0];
    if (best !== undefined) keys.add(best);
  }
  return [...keys];
}

/** Groups whose key word occurs in the (lower-cased) line. */
export function groupsForLine(lower: string): MessageGroup[] {
  if (byWord == null) build();
  const index = byWord as Map<string, MessageGroup[]>;
  const out: MessageGroup[] = [];
  const words = lower.match(WORD);
  if (words == null) return out;
  const seen = new Set<string>();
  for (const w of words) {
    if (seen.has(w)) continue;
    seen.add(w);
    const gs = index.get(w);
    if (gs !== undefined) for (const g of gs) if (lower.includes(g.anchor)) out.push(g);
  }
  return out;
}

/**
 * The catalogue messages a text starts with, word for word (a whole message, not a word of it): the
 * templates of the message with the most literal wording, and how many characters of it are literal.
 */
export function messagesAtStart(text: string): { templates: Template[]; literal: number } {
  let best: Template[] = [];
  let bestLiteral = 0;
  for (const g of groupsForLine(text.toLowerCase())) {
    const t = g.templates[0];
    const m = t === undefined ? null : matchAt(t, text, 0);
    if (t === undefined || m == null || !/^(?:$|[\s"'}\]),;.!])/.test(text.slice(m[0].length, m[0].length + 1))) continue;
    const lit = literalLength(t, m);
    if (lit > bestLiteral) {
      best = g.templates;
      bestLiteral = lit;
    } else if (lit === bestLiteral) best = [...best, ...g.templates];
  }
  return { templates: best, literal: bestLiteral };
}

/** A fuzzy hit: the group and fuse's score (0 is perfect). */
export interface FuzzyHit {
  group: MessageGroup;
  score: number;
}

/** Word overlap of two word lists (Dice coefficient; words sharing a 5-letter stem count as one). */
function dice(a: readonly string[], b: ReadonlySet<string>): number {
  if (a.length === 0 || b.size === 0) return 0;
  const bs = [...b];
  // Words count as shared when equal or when one is the other plus a short ending (order/orders, trigger/triggered).
  const stem = (x: string, y: string): boolean => {
    const [short, long] = x.length <= y.length ? [x, y] : [y, x];
    return short.length >= 5 && long.length - short.length <= 3 && long.startsWith(short);
  };
  const shared = a.filter((w) => b.has(w) || bs.some((q) => stem(q, w))).length;
  return (2 * shared) / (a.length + b.size);
}

/**
 * Fuzzy search over all catalogue messages. fuse.js proposes candidates; the score is the better of
 * fuse's and the word overlap's (which forgives reordered words), and a look-alike needs half its words shared.
 */
export function fuzzyMessages(text: string, limit = 5, threshold = 0.36): FuzzyHit[] {
  const query = text.trim().slice(0, 160);
  if (query.length < 10) return [];
  // NOTE: logs repeat the same errors; a bounded memo keeps fuzzy search off the hot path.
  const memoKey = `${limit}|${threshold}|${query}`;
  const memo = fuzzyMemo.get(memoKey);
  if (memo !== undefined) return memo;
  const hits = fuzzySearch(query, limit, threshold);
  if (fuzzyMemo.size > 2000) fuzzyMemo.clear();
  fuzzyMemo.set(memoKey, hits);
  return hits;
}

const fuzzyMemo = new Map<string, FuzzyHit[]>();

function fuzzySearch(query: string, limit: number, threshold: number): FuzzyHit[] {
  fuse ??= new Fuse(messageGroups(), { keys: ['text'], includeScore: true, ignoreLocation: true, threshold: 0.65, minMatchCharLength: 4 });
  const qWords = new Set((normaliseMessage(query).match(WORD) ?? []).filter((w) => !STOP.has(w)));
  return fuse
    .search(query, { limit: limit * 4 })
    .map((r) => {
      const d = dice(r.item.words, qWords);
      return { group: r.item, score: d < 0.5 ? 1 : Math.min(r.score ?? 1, 1 - d), d };
    })
    // NOTE: a one-word catalogue message ("Invalid leverage") is too thin to match loosely; word for word, a long one is still the message (not "Balance not enough").
    .filter((h) => h.score <= threshold && h.d >= 0.5 && h.group.words.length >= 2 && qWords.size >= 2 && (!h.group.thin || (h.d === 1 && h.score === 0 && h.group.text.length >= 25)))
    .sort((a, b) => a.score - b.score)
    .slice(0, limit)
    .map(({ group, score }) => ({ group, score: Math.round(score * 100) / 100 }));
}

/** The nearest catalogue messages to any text, without the look-alike guard (for unknown codes). */
export function nearestMessages(text: string, limit = 3): FuzzyHit[] {
  const query = text.trim().slice(0, 160);
  if (query.length < 4) return [];
  fuse ??= new Fuse(messageGroups(), { keys: ['text'], includeScore: true, ignoreLocation: true, threshold: 0.65, minMatchCharLength: 4 });
  const qWords = new Set((normaliseMessage(query).match(WORD) ?? []).filter((w) => !STOP.has(w)));
  return fuse
    .search(query, { limit: limit * 4 })
    .map((r) => ({ group: r.item, score: Math.round(Math.min(r.score ?? 1, 1 - dice(r.item.words, qWords)) * 100) / 100 }))
    .sort((a, b) => a.score - b.score)
    .slice(0, limit);
}
