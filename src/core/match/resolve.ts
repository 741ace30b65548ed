/** Ties signals to catalogue entries and products, and groups them into findings. */
import { FOUNDING_PRODUCTS, PRODUCTS, PRODUCT_NAMES, entriesForCode, entryFor, familyOf, sameMeaning, DERIVED } from '../catalogue/index';
import type { CatalogueEntry } from '../catalogue/types';
import type { Signal } from '../extract/signals';
import { verdictFor } from '../knowledge/verdicts';
import type { Candidate, Evidence, Finding, MatchedBy, Product } from '../types';
import type { ProductLean } from '../evidence/product-votes';
import { fuzzyMessages, nearestMessages } from './messages';
import { decideProduct, withDecidedFirst, withNearestWording, type Reading } from './product-decision';

type Ranked = Reading;

// NOTE: Spot's matching-engine messages belong to four codes; a new order (-2010) is by far the most common.
const TABLE_ORDER = [-2010, -2011, -2038, -1010];

const collides = (code: number): boolean => DERIVED.collisions.some((c) => c.code === code);

/** The lean of an error's evidence; without one, what its local (else the paste's) evidence names. */
const leanOr = (lean: ProductLean | undefined, local: Evidence, global: Evidence): ProductLean => {
  if (lean !== undefined) return lean;
  const ev = local.product != null ? local : global;
  return { products: ev.product == null ? [] : [ev.product], strong: false, reasons: ev.productReasons, scores: new Map(ev.product == null ? [] : [[ev.product, 2]]) };
};

function productBonus(product: Product, lean: ProductLean): { bonus: number; why: string | null } {
  const at = lean.products.indexOf(product);
  if (at >= 0) return { bonus: at === 0 ? 0.3 : 0.25, why: `the paste points to ${PRODUCT_NAMES[product]} (${lean.reasons[0] ?? 'nearby evidence'})` };
  // NOTE: a tie-break only: the founding four in their order (0.04 … 0.01), the later products below them.
  const i = PRODUCTS.indexOf(product);
  return { bonus: i < 4 ? (4 - i) * 0.01 : (PRODUCTS.length - i) * 0.001, why: null };
}

// NOTE: pages that list every code of their API, on hosts of their own: a code they lack is not theirs to explain by another product's entry.
const OWN_LIST = new Set<Product>(['sapi', 'options']);

/**
 * The product the paste names for a bare code that product's page does not have while others do
 * (-4104 from /sapi/v1/capital/withdraw is not USD-M's INVALID_CONTRACT_TYPE): that product, else null.
 * A message or constant name that matches another product's page word for word keeps that reading.
 */
function missingOn(sig: Signal, ranked: readonly Ranked[], local: Evidence, global: Evidence): Product | null {
  if (sig.kind !== 'code' || sig.code == null || sig.templates.length > 0 || sig.names.length > 0 || ranked.length === 0) return null;
  const named = local.product ?? global.product;
  if (named == null || !OWN_LIST.has(named) || ranked.some((r) => r.entry.product === named)) return null;
  return named;
}

/**
 * Where a message is worded only on the later pages (SAPI's copy of Spot's filter table has a row Spot's
 * lacks), the founding product's entry of the same code and meaning: the wording alone does not move a
 * paste to the later product.
 */
function copiedFrom(sig: Signal): CatalogueEntry[] {
  if (sig.templates.length === 0 || sig.templates.some((t) => FOUNDING_PRODUCTS.includes(t.entry.product))) return [];
  const out = new Set<CatalogueEntry>();
  for (const t of sig.templates) {
    const f = COPIED_PAGE[t.entry.product];
    const twin = f === undefined ? undefined : entryFor(f, t.entry.code);
    if (f !== undefined && twin !== undefined && sameMeaning(t.entry.code, t.entry.product, f)) out.add(twin);
  }
  return [...out];
}

/** The founding page a later one copies its tables and wording from. */
const COPIED_PAGE: Partial<Record<Product, Product>> = { sapi: 'spot', us: 'spot', options: 'usdm' };

function rankEntries(sig: Signal, lean: ProductLean): Ranked[] {
  const ranked: Ranked[] = [];
  const exact = new Set(sig.templates.map((t) => t.entry));
  const pool: CatalogueEntry[] =
    sig.code != null ? entriesForCode(sig.code).filter((e) => sig.only?.includes(e.product) ?? true) : sig.templates.length > 0 ? [...exact, ...copiedFrom(sig)] : sig.names.length > 0 ? sig.names : sig.fuzzy.flatMap((h) => h.group.templates.map((t) => t.entry));
  const seen = new Set<CatalogueEntry>();
  for (const e of pool) {
    if (seen.has(e)) continue;
    seen.add(e);
    const { bonus, why } = productBonus(e.product, lean);
    let score: number;
    let reason: string;
    let message: string | null = e.messages[0]?.text ?? null;
    if (exact.has(e)) {
      const t = sig.templates.find((x) => x.entry === e);
      message = t?.message.text ?? message;
      score = 1;
      reason = sig.code != null ? `code and message match the ${PRODUCT_NAMES[e.product]} page` : `the message matches the ${PRODUCT_NAMES[e.product]} page word for word`;
    } else if (sig.kind === 'code' && sig.names.length > 0) {
      const same = sig.names.includes(e);
      score = same ? 0.97 : 0.8;
      reason = same ? `code and constant name ${e.name ?? ''} match the ${PRODUCT_NAMES[e.product]} page` : `the code; its constant name is another product's`;
    } else if (sig.fuzzy.length > 0) {
      const hit = sig.fuzzy.find((h) => h.group.templates.some((t) => t.entry === e));
      score = hit === undefined ? 0.3 : 0.85 - hit.score;
      message = hit?.group.text ?? message;
      reason = `the message is close to “${message ?? ''}”`;
    } else if (sig.names.length > 0) {
      score = 0.85;
      reason = `the constant ${e.name ?? ''} appears in the paste`;
    } else if (copiedFrom(sig).includes(e)) {
      score = 1;
      reason = `same code and meaning; the message is worded as on the ${PRODUCT_NAMES[sig.templates[0]?.entry.product ?? e.product]} page, a copy of this one`;
    } else if (sig.templates.length > 0) {
      score = 0.6;
      reason = `same code, but the message is worded as on another product's page`;
    } else {
      score = 0.8;
      reason = sig.message == null ? 'the code alone' : 'the code; the message is not worded as on the page';
    }
    ranked.push({ entry: e, score: score + bonus, raw: score, reason: why == null ? reason : `${reason}; ${why}`, message });
  }
  if (sig.kind === 'template' && sig.message != null) {
    // Other products may word the same thing differently ("Order would trigger immediately." on Spot,
    // "Order would immediately trigger." on futures): keep them as candidates, ranked by the evidence.
    for (const h of fuzzyMessages(sig.message, 4, 0.3)) {
      for (const t of h.group.templates) {
        if (seen.has(t.entry)) continue;
        seen.add(t.entry);
        const { bonus, why } = productBonus(t.entry.product, lean);
        const reason = `worded “${h.group.text}” on the ${PRODUCT_NAMES[t.entry.product]} page`;
        ranked.push({ entry: t.entry, score: 0.75 - h.score + bonus, raw: 0.75 - h.score, reason: why == null ? reason : `${reason}; ${why}`, message: h.group.text });
      }
    }
  }
  ranked.sort((a, b) => b.score - a.score || TABLE_ORDER.indexOf(a.entry.code) - TABLE_ORDER.indexOf(b.entry.code));
  return ranked;
}

function confidenceOf(sig: Signal, ranked: Ranked[], local: Evidence, global: Evidence): number {
  if (sig.kind === 'http') return sig.httpVariant != null ? 0.95 : 0.9;
  const top = ranked[0];
  if (top === undefined) return 0.5;
  const ambiguous = top.entry.code != null && collides(top.entry.code) && sig.templates.length === 0;
  const evidenced = local.product != null || global.product != null;
  switch (sig.kind) {
    case 'code':
      if (sig.templates.length > 0) return 0.99;
      if (sig.names.length > 0) return 0.97;
      if (ambiguous) return evidenced ? 0.8 : 0.55;
      return sig.message == null ? 0.95 : 0.85;
    case 'template':
      return sig.templates.some((t) => t.hasSlots) || sig.templates.length === 1 ? 0.95 : 0.92;
    case 'name':
      return 0.85;
    case 'fuzzy': {
      const s = sig.fuzzy[0]?.score ?? 0.4;
      return Math.round((0.85 - s) * 100) / 100;
    }
  }
}

/** Ties one signal to the catalogue: the finding it belongs to (without occurrences and evidence). */
export function resolveSignal(sig: Signal, local: Evidence, global: Evidence, lean?: ProductLean): Omit<Finding, 'occurrences' | 'evidence'> {
  if (sig.kind === 'http') {
    const status = sig.httpStatus ?? 0;
    const v = verdictFor('http', status, sig.httpVariant);
    return {
      id: sig.httpVariant != null ? `http:${status}:${sig.httpVariant}` : `http:${status}`,
      code: status,
      name: null,
      known: true,
      product: 'http',
      family: status >= 500 ? '5XX' : '4XX',
      confidence: confidenceOf(sig, [], local, global),
      matchedBy: sig.httpVariant != null ? 'template' : 'code',
      message: sig.message,
      catalogueMessage: null,
      httpStatus: status,
      candidates: [],
      params: sig.httpVariant != null ? { variant: sig.httpVariant } : {},
      retry: v.verdict,
      outcome: v.outcome,
      benign: false,
      nearest: [],
    };
  }
  const leaning = leanOr(lean, local, global);
  const readings = withNearestWording(sig, rankEntries(sig, leaning));
  const decision = decideProduct(sig, readings, leaning);
  const ranked = withDecidedFirst(readings, decision);
  const top = ranked[0];
  if (top !== undefined && decision.why !== '') top.reason = `${top.reason}; ${decision.why}`;
  const candidates: Candidate[] = ranked.map((r) => ({
    source: r.entry.product,
    code: r.entry.code,
    name: r.entry.name,
    message: r.message,
    score: Math.round(Math.min(1, r.score) * 100) / 100,
    reason: r.reason,
  }));
  const matchedBy: MatchedBy = sig.kind;
  const missing = missingOn(sig, ranked, local, global);
  if (top === undefined || missing != null) {
    const code = sig.code ?? 0;
    const near = sig.message != null ? nearestMessages(sig.message, 3) : [];
    const nearest: Candidate[] = near.flatMap((h) => {
      const t = h.group.templates[0];
      return t === undefined ? [] : [{ source: t.entry.product, code: t.entry.code, name: t.entry.name, message: h.group.text, score: Math.round((1 - h.score) * 100) / 100, reason: 'nearest message in the catalogues' }];
    });
    const v = verdictFor(null, code);
    return {
      id: `unknown:${code}`,
      code,
      name: null,
      known: false,
      product: local.product ?? global.product,
      family: familyOf(code),
      confidence: 0.3,
      matchedBy: 'code',
      message: sig.message,
      catalogueMessage: null,
      httpStatus: sig.httpStatus,
      candidates: missing == null ? [] : candidates.map((c) => ({ ...c, reason: `${c.reason}; but the paste points to ${PRODUCT_NAMES[missing]}, whose page has no ${code}` })),
      params: {},
      retry: v.verdict,
      outcome: v.outcome,
      benign: false,
      nearest,
      ...conflictOf(sig),
    };
  }
  const e = top.entry;
  const v = verdictFor(e.product, e.code);
  return {
    // NOTE: a finding left open (product null) has an id of its own, so an open -2011 is not merged with a Spot one in the same paste.
    id: `${decision.product ?? 'open'}:${e.code}`,
    code: e.code,
    name: e.name,
    known: true,
    product: decision.product,
    ...(decision.basis === undefined ? {} : { productBasis: decision.basis }),
    family: e.family,
    confidence: sig.conflict === undefined ? confidenceOf(sig, ranked, local, global) : Math.min(CONFLICT_CONFIDENCE, confidenceOf(sig, ranked, local, global)),
    matchedBy,
    message: sig.message,
    catalogueMessage: top.message,
    httpStatus: sig.httpStatus,
    candidates,
    params: sig.params,
    retry: v.verdict,
    outcome: v.outcome,
    benign: v.verdict === 'nothing-to-do',
    nearest: [],
    ...conflictOf(sig),
  };
}

/** A code reported with another code's message (or constant name) is kept, less sure, with the disagreement flagged. */
const CONFLICT_CONFIDENCE = 0.6;

function conflictOf(sig: Signal): Pick<Finding, 'conflict'> {
  return sig.conflict === undefined ? {} : { conflict: { messageCode: sig.conflict.code, messageName: sig.conflict.name } };
}
