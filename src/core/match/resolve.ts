/** Ties signals to catalogue entries and products, and groups them into findings. */
import { PRODUCTS, PRODUCT_NAMES, entriesForCode, familyOf, DERIVED } from '../catalogue/index';
import type { CatalogueEntry } from '../catalogue/types';
import type { Signal } from '../extract/signals';
import { verdictFor } from '../knowledge/verdicts';
import type { Candidate, Evidence, Finding, MatchedBy, Product } from '../types';
import { fuzzyMessages, nearestMessages } from './messages';

interface Ranked {
  entry: CatalogueEntry;
  score: number;
  reason: string;
  message: string | null;
}

// NOTE: Spot's matching-engine messages belong to four codes; a new order (-2010) is by far the most common.
const TABLE_ORDER = [-2010, -2011, -2038, -1010];

const collides = (code: number): boolean => DERIVED.collisions.some((c) => c.code === code);

function productBonus(product: Product, ev: Evidence, global: Evidence): { bonus: number; why: string | null } {
  if (ev.product === product) return { bonus: 0.3, why: `the paste points to ${PRODUCT_NAMES[product]} (${ev.productReasons[0] ?? 'nearby evidence'})` };
  if (global.product === product) return { bonus: 0.25, why: `the paste points to ${PRODUCT_NAMES[product]} (${global.productReasons[0] ?? 'evidence'})` };
  return { bonus: (PRODUCTS.length - PRODUCTS.indexOf(product)) * 0.01, why: null };
}

function rankEntries(sig: Signal, local: Evidence, global: Evidence): Ranked[] {
  const ranked: Ranked[] = [];
  const exact = new Set(sig.templates.map((t) => t.entry));
  const pool: CatalogueEntry[] =
    sig.code != null ? [...entriesForCode(sig.code)] : sig.templates.length > 0 ? [...exact] : sig.names.length > 0 ? sig.names : sig.fuzzy.flatMap((h) => h.group.templates.map((t) => t.entry));
  const seen = new Set<CatalogueEntry>();
  for (const e of pool) {
    if (seen.has(e)) continue;
    seen.add(e);
    const { bonus, why } = productBonus(e.product, local, global);
    let score: number;
    let reason: string;
    let message: string | null = e.messages[0]?.text ?? null;
    if (exact.has(e)) {
      const t = sig.templates.find((x) => x.entry === e);
      message = t?.message.text ?? message;
      score = 1;
      reason = sig.code != null ? `code and message match the ${PRODUCT_NAMES[e.product]} page` : `the message matches the ${PRODUCT_NAMES[e.product]} page word for word`;
    } else if (sig.fuzzy.length > 0) {
      const hit = sig.fuzzy.find((h) => h.group.templates.some((t) => t.entry === e));
      score = hit === undefined ? 0.3 : 0.85 - hit.score;
      message = hit?.group.text ?? message;
      reason = `the message is close to “${message ?? ''}”`;
    } else if (sig.names.length > 0) {
      score = 0.85;
      reason = `the constant ${e.name ?? ''} appears in the paste`;
    } else if (sig.templates.length > 0) {
      score = 0.6;
      reason = `same code, but the message is worded as on another product's page`;
    } else {
      score = 0.8;
      reason = sig.message == null ? 'the code alone' : 'the code; the message is not worded as on the page';
    }
    ranked.push({ entry: e, score: score + bonus, reason: why == null ? reason : `${reason}; ${why}`, message });
  }
  if (sig.kind === 'template' && sig.message != null) {
    // Other products may word the same thing differently ("Order would trigger immediately." on Spot,
    // "Order would immediately trigger." on futures): keep them as candidates, ranked by the evidence.
    for (const h of fuzzyMessages(sig.message, 4, 0.3)) {
      for (const t of h.group.templates) {
        if (seen.has(t.entry)) continue;
        seen.add(t.entry);
        const { bonus, why } = productBonus(t.entry.product, local, global);
        const reason = `worded “${h.group.text}” on the ${PRODUCT_NAMES[t.entry.product]} page`;
        ranked.push({ entry: t.entry, score: 0.75 - h.score + bonus, reason: why == null ? reason : `${reason}; ${why}`, message: h.group.text });
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
export function resolveSignal(sig: Signal, local: Evidence, global: Evidence): Omit<Finding, 'occurrences' | 'evidence'> {
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
  const ranked = rankEntries(sig, local, global);
  const top = ranked[0];
  const candidates: Candidate[] = ranked.map((r) => ({
    source: r.entry.product,
    code: r.entry.code,
    name: r.entry.name,
    message: r.message,
    score: Math.round(Math.min(1, r.score) * 100) / 100,
    reason: r.reason,
  }));
  const matchedBy: MatchedBy = sig.kind;
  if (top === undefined) {
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
      candidates: [],
      params: {},
      retry: v.verdict,
      outcome: v.outcome,
      benign: false,
      nearest,
    };
  }
  const e = top.entry;
  const v = verdictFor(e.product, e.code);
  return {
    id: `${e.product}:${e.code}`,
    code: e.code,
    name: e.name,
    known: true,
    product: e.product,
    family: e.family,
    confidence: confidenceOf(sig, ranked, local, global),
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
  };
}
