/**
 * Which product an error is: the evidence around it first (its request's endpoint, client call, symbol,
 * parameters), then the wording of its message, and where neither settles it the readings themselves —
 * the same meaning everywhere is read as the most common product (and said so); different meanings are
 * left open (product null) for the person to answer "Which API did you call?".
 */
import { DERIVED, PRODUCTS, PRODUCT_NAMES, entriesForCode } from '../catalogue/index';
import type { CatalogueEntry } from '../catalogue/types';
import type { Signal } from '../extract/signals';
import { MIN_LEAN, type ProductLean } from '../evidence/product-votes';
import type { Product } from '../types';

/** One catalogue entry a signal can be, ranked. */
export interface Reading {
  entry: CatalogueEntry;
  /** How well it matches with the evidence's bonus. */
  score: number;
  /** How well the signal itself matches it (code, message, name), without the evidence. */
  raw: number;
  reason: string;
  message: string | null;
}

/** The product decided for a signal, or null (left open), and why. */
export interface ProductDecision {
  product: Product | null;
  /** Why, for the top candidate's reason. */
  why: string;
  /** The products it could be after the evidence and the wording (one where decided by them). */
  among: Product[];
  /** How it was settled (none where left open). */
  basis?: 'evidence' | 'wording' | 'same-everywhere';
}

const EXACT = 0.99;
const COLLISIONS = new Map(DERIVED.collisions.map((c) => [c.code, c.meanings]));
const simplify = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
const names = (ps: readonly Product[]): string => {
  const n = ps.map((p) => PRODUCT_NAMES[p]);
  return n.length <= 1 ? (n[0] ?? '') : `${n.slice(0, -1).join(', ')} and ${n.at(-1) ?? ''}`;
};

/** How many of two texts' words they share (Jaccard). */
function overlap(a: string, b: string): number {
  const x = new Set(a.split(' '));
  const y = new Set(b.split(' '));
  let both = 0;
  for (const w of x) if (y.has(w)) both += 1;
  return both / (x.size + y.size - both);
}

/** Each product's best reading, in rank order. */
function bestByProduct(ranked: readonly Reading[]): Map<Product, Reading> {
  const best = new Map<Product, Reading>();
  for (const r of ranked) if (!best.has(r.entry.product)) best.set(r.entry.product, r);
  return best;
}

/**
 * The products whose page words the signal as the paste does: the best-matching readings, and for a coded
 * message those whose page message holds it (USD-M's -2011 quotes "Unknown order sent", Spot's table has it).
 */
function wordedAs(sig: Signal, best: ReadonlyMap<Product, Reading>): Set<Product> {
  let top = 0;
  for (const r of best.values()) top = Math.max(top, r.raw);
  const out = new Set<Product>();
  for (const [p, r] of best) if (r.raw >= top - 0.001) out.add(p);
  const said = sig.message == null ? '' : simplify(sig.message);
  if (sig.code == null || said.length < 8) return out;
  // NOTE: or most of it: Spot's "Filter failure: PERCENT_PRICE" starts "Filter failure: PERCENT_PRICE_BY_SIDE", which only SAPI's table has.
  const holds = (page: string): boolean => page.includes(said) || (said.startsWith(page) && page.length >= 0.6 * said.length);
  const before = out.size;
  for (const [p, r] of best) if (r.entry.code === sig.code && r.entry.messages.some((m) => holds(simplify(m.text)))) out.add(p);
  if (top >= EXACT || out.size > before) return out;
  // Worded like no page: the pages whose message shares most of its words (-4003 "Quantity less than or equal to zero." is the futures' quantity check, not SAPI's e-mail one).
  const near = new Map([...best].filter(([, r]) => r.entry.code === sig.code).map(([p, r]) => [p, Math.max(0, ...r.entry.messages.map((m) => overlap(said, simplify(m.text))))] as const));
  const most = Math.max(0, ...near.values());
  if (most < 0.4) return out;
  return new Set([...near].filter(([, v]) => v >= most - 0.1).map(([p]) => p));
}

const pageWords = (r: Reading): string => r.entry.messages.map((m) => simplify(m.text)).sort().join('|');

/**
 * Whether two readings mean the same: one code with one name or the same page messages (Options calls
 * -2015 INVALID_API_KEY, with the same message), or one constant renumbered (COIN-M's -4178 MIN_NOTIONAL)
 * with the paste's message worded as on both pages.
 */
function sameMeaning(r: Reading, q: Reading): boolean {
  const exact = r.raw >= EXACT && q.raw >= EXACT;
  if (r.entry.code !== q.entry.code) return exact && r.entry.name != null && r.entry.name === q.entry.name;
  return r.entry.name === q.entry.name || exact || pageWords(r) === pageWords(q);
}

/**
 * Whether every reading in `ps` means the same, and the paste's message is worded alike on each (Spot's
 * table has "Unknown order sent." for -2011; USD-M's page only quotes it: not alike), and where the code
 * collides, the products share its meaning.
 */
function agree(sig: Signal, ps: readonly Product[], best: ReadonlyMap<Product, Reading>): boolean {
  const rs = ps.map((p) => best.get(p)).filter((r): r is Reading => r !== undefined);
  const first = rs[0];
  if (first === undefined || rs.some((r) => !sameMeaning(first, r))) return false;
  if (sig.message != null && sig.kind !== 'name' && rs.some((r) => r.raw < EXACT) && rs.some((r) => r.raw >= EXACT)) return false;
  const meanings = COLLISIONS.get(first.entry.code);
  return meanings === undefined || rs.some((r) => r.entry.code !== first.entry.code) || meanings.some((m) => ps.every((p) => m.products.includes(p)));
}

/** The product the evidence prefers clearly (half again as much as any other) among `ps`, if any. */
function clearLead(ps: readonly Product[], lean: ProductLean | undefined): Product | undefined {
  if (lean === undefined) return undefined;
  const ranked = ps.map((p) => [p, lean.scores.get(p) ?? 0] as const).sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  return first !== undefined && first[1] >= MIN_LEAN && first[1] >= 1.5 * (second?.[1] ?? 0) ? first[0] : undefined;
}

/** The product the evidence scores highest among `ps` (at least MIN_LEAN, and alone at the top), if any. */
function bestScored(ps: readonly Product[], lean: ProductLean | undefined): Product | undefined {
  const ranked = ps.map((p) => [p, lean?.scores.get(p) ?? 0] as const).sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  return first !== undefined && first[1] >= MIN_LEAN && first[1] > (second?.[1] ?? 0) ? first[0] : undefined;
}

/** Whether `ps` are fewer than the products whose pages have the code they read as (the rest ruled out by evidence or wording). */
function narrowed(ps: readonly Product[], best: ReadonlyMap<Product, Reading>): boolean {
  const code = best.get(ps[0] ?? 'usdm')?.entry.code;
  return code !== undefined && ps.length < new Set(entriesForCode(code).map((e) => e.product)).size;
}

// NOTE: how often each product answers in real pastes: of the 149 in fixtures/pastes, Spot 73, USD-M 66, COIN-M and
// Portfolio Margin one each; the later products after them in the catalogue's order.
const MOST_PASTED: readonly Product[] = ['spot', 'usdm', 'coinm', 'pm', ...PRODUCTS.filter((p) => !['spot', 'usdm', 'coinm', 'pm'].includes(p))];

/** These products, the most common in real pastes first. */
export const byMostPasted = <T extends Product>(ps: readonly T[]): T[] => [...ps].sort((a, b) => MOST_PASTED.indexOf(a) - MOST_PASTED.indexOf(b));

/** The most common of these products in real pastes. */
const mostCommon = (ps: readonly Product[]): Product | undefined => byMostPasted(ps)[0];

/**
 * Decides a signal's product from its ranked readings and the evidence's lean. Evidence narrows the
 * products first; the wording narrows them further, and wins over weak evidence it contradicts (strong
 * evidence — an endpoint or client call of the request — wins over the wording). Several products left:
 * one meaning → the product the evidence leans to, or the most common one where evidence or wording
 * narrowed the products; nothing narrowed it → null, basis `same-everywhere`; different meanings → null.
 */
export function decideProduct(sig: Signal, ranked: readonly Reading[], lean: ProductLean | undefined): ProductDecision {
  const best = bestByProduct(ranked);
  const all = [...best.keys()];
  const evidenced = (lean?.products ?? []).filter((p) => best.has(p));
  const worded = wordedAs(sig, best);
  const base = evidenced.length > 0 ? evidenced : all;
  const both = base.filter((p) => worded.has(p));
  const strong = evidenced.length > 0 && lean?.strong === true;
  const left = both.length > 0 ? both : strong ? base : all.filter((p) => worded.has(p));
  const byEvidence = evidenced.length > 0 && left.every((p) => evidenced.includes(p));
  const only = left.length === 1 ? left[0] : undefined;
  if (only !== undefined) {
    // NOTE: decided by the evidence, the reading's own reason already names it; a code on one page only needs no reason.
    const why = byEvidence || all.length === 1 ? '' : `the message is worded as on the ${PRODUCT_NAMES[only]} page only`;
    return { product: only, why, among: left, basis: byEvidence ? 'evidence' : 'wording' };
  }
  if (agree(sig, left, best)) {
    // NOTE: one meaning on every page left: the product the evidence scores highest, else the most common.
    const led = bestScored(left, lean);
    const same = `${sig.code ?? best.get(left[0] ?? 'usdm')?.entry.code ?? ''} means the same on the ${names(left)} pages`;
    // NOTE: nothing in the paste narrows it: no default product. The meaning is known; the endpoints and code are not.
    if (led === undefined && !narrowed(left, best)) return { product: null, why: `${same}; the paste does not say which API answered`, among: byMostPasted(left), basis: 'same-everywhere' };
    const pick = led ?? mostCommon(left) ?? left[0] ?? 'usdm';
    return { product: pick, why: `${same}; read as ${PRODUCT_NAMES[pick]}${led != null ? '' : ', the most common'}`, among: left, basis: led != null ? 'evidence' : narrowed(left, best) ? (byEvidence ? 'evidence' : 'wording') : 'same-everywhere' };
  }
  const clear = clearLead(left, lean);
  if (clear !== undefined) return { product: clear, why: '', among: left, basis: 'evidence' };
  return { product: null, why: `the paste does not say which API answered, and it reads differently on the ${names(left)} pages`, among: left };
}

/** The readings with the decided product's (or, left open, the best of the products it could be) first. */
export function withDecidedFirst<T extends Reading>(ranked: readonly T[], decision: ProductDecision): T[] {
  const lead = ranked.find((r) => (decision.product != null ? r.entry.product === decision.product : decision.among.includes(r.entry.product)));
  return lead === undefined ? [...ranked] : [lead, ...ranked.filter((r) => r !== lead)];
}

/**
 * Each reading not worded as the paste is shown with its page message nearest the paste's wording (USD-M's
 * -2011 "Cancel request failure as open order not found in the orderbook: "Unknown order sent".", not
 * its first line "CANCEL_REJECTED"), where one shares enough of its words.
 */
export function withNearestWording<T extends Reading>(sig: Signal, ranked: T[]): T[] {
  if (sig.message == null) return ranked;
  const said = simplify(sig.message);
  for (const r of ranked) {
    if (r.raw >= EXACT || r.entry.code !== sig.code) continue;
    let best = 0.3;
    for (const m of r.entry.messages) {
      const page = simplify(m.text);
      const v = page.includes(said) ? 1 : overlap(said, page);
      if (v > best) {
        best = v;
        r.message = m.text;
      }
    }
  }
  return ranked;
}
