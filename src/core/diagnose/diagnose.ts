/** diagnose(finding): meaning, retry advice, a walk through the tree of questions, and ranked causes with fixes. */
import { CATALOGUES, FOUNDING_PRODUCTS, HTTP_CATALOGUE, PRODUCT_NAMES, entryFor, familyTitle } from '../catalogue/index';
import { lookupKeys, verdictFor } from '../knowledge/verdicts';
import type { Cause, Knowledge, RetryAdvice } from '../knowledge/types';
import type { Evidence, Finding, Product } from '../types';
import { emptyEvidence } from '../evidence/evidence';
import { factsFor, type Fact } from './facts';
import { laterFamily } from './family-defaults';
import { codeProduct, fillCauses } from './fill';
import { apiOf, causeApplies, retargetCauses, retargetKept, type Api } from './per-product';
import { namedBy, namedTerms, rankCauses } from './rank';
import { ADVICE, kindFromPath, retryFor } from './retry';
import { walk, type AnsweredQuestion, type QuestionView } from './walk';

export { ADVICE, factsFor, type AnsweredQuestion, type Fact, type QuestionView };

/** What diagnose returns; plain data. */
export interface Diagnosis {
  key: string | null;
  /** True when no authored knowledge covers this error and the family's default text is used. */
  usesFamilyDefault: boolean;
  meaning: string;
  retry: RetryAdvice;
  facts: Fact[];
  path: AnsweredQuestion[];
  next: QuestionView | null;
  /** Causes, most likely first: the last answer's ranking, those the message names, the possible ones, then the ruled-out ones. */
  causes: Cause[];
  ranked: boolean;
  /** Ids of the causes the answers so far rule out (listed last in `causes`). */
  ruledOut: string[];
}

/** Options: the user's answers by question id, the clock and time zone, and the knowledge to use. */
export interface DiagnoseOptions {
  answers?: Record<string, string>;
  now?: number;
  /** The time zone for local times (the machine's when not given), e.g. `Europe/Berlin`. */
  timeZone?: string;
  knowledge?: readonly Knowledge[];
}

let index: Map<string, Knowledge> | null = null;
let indexed: readonly Knowledge[] | null = null;
function byKey(list: readonly Knowledge[]): Map<string, Knowledge> {
  if (index == null || indexed !== list) {
    index = new Map();
    for (const k of list) for (const key of k.keys) index.set(key, k);
    indexed = list;
  }
  return index;
}

/** The knowledge that covers a finding, and the key it was found under. */
export function knowledgeFor(finding: Finding, list: readonly Knowledge[]): { key: string; knowledge: Knowledge } | null {
  if (!finding.known) return null;
  const map = byKey(list);
  const variant = finding.params.variant ?? null;
  let found: { key: string; knowledge: Knowledge } | null = null;
  for (const key of lookupKeys(finding.product, finding.code, variant)) {
    if (key === String(finding.code) && !meansTheSame(finding)) continue;
    const k = map.get(key);
    if (k !== undefined) {
      found = { key, knowledge: k };
      break;
    }
  }
  return finding.product == null ? (namedReading(finding, map, found) ?? found) : found;
}

/**
 * Does the finding's code mean what it means on the founding products (a code-only key is written for those)?
 * SAPI's -4046 CAPITAL_AGREEMENT_NOT_CONFIRMED is not USD-M's -4046 NO_NEED_TO_CHANGE_MARGIN_TYPE.
 */
function meansTheSame(finding: Finding): boolean {
  const p = finding.product;
  if (p == null || p === 'http' || finding.name == null || FOUNDING_PRODUCTS.includes(p)) return true;
  const names = FOUNDING_PRODUCTS.flatMap((f) => entryFor(f, finding.code)?.name ?? []);
  return names.length === 0 || names.includes(finding.name);
}

/**
 * When the paste does not say which API answered, its best readings (tied at the top) are all of one API, and the
 * message names what only that API's knowledge has a cause for ("Filter failure: PERCENT_PRICE_BY_SIDE"), that knowledge.
 */
function namedReading(finding: Finding, map: ReadonlyMap<string, Knowledge>, generic: { knowledge: Knowledge } | null): { key: string; knowledge: Knowledge } | null {
  const top = finding.candidates.filter((c) => c.score >= 0.9 && c.score === finding.candidates[0]?.score);
  const apis = new Set(top.map((c) => (c.source === 'http' ? 'http' : (apiOf(c.source) ?? c.source))));
  if (apis.size !== 1) return null;
  const terms = namedTerms(finding);
  const names = (k: Knowledge | undefined): boolean => k !== undefined && k.causes.some((c) => namedBy(c, terms) > 0);
  if (terms.length === 0 || names(generic?.knowledge)) return null;
  for (const c of top) {
    const key = `${c.source}:${finding.code}`;
    const k = map.get(key);
    if (names(k) && k !== undefined) return { key, knowledge: k };
  }
  return null;
}

function familyDefault(finding: Finding): { meaning: string; causes: Cause[]; retry?: RetryAdvice } {
  if (!finding.known) {
    const page = finding.product != null && finding.product !== 'http' ? ` The paste points to ${PRODUCT_NAMES[finding.product]}, whose page does not list it.` : '';
    return {
      meaning: `Code ${finding.code} is not in any of the Binance error catalogues we carry (${Object.values(PRODUCT_NAMES).join(', ')}).${page} It may be new, retired, undocumented, or not a Binance code at all. Its number puts it in the ${finding.family ?? 'unknown'} range.`,
      causes: [
        {
          id: 'new-or-other-product',
          title: 'A code newer than our catalogues, or from another Binance API',
          why: 'Binance adds codes with new features and some products (options, margin, wallet) keep their own lists.',
          fixes: [{ title: 'Check the official error page of the API you called', steps: ['Find which endpoint returned it (the URL in your log).', 'Look the code up on that product’s official error-code page and in the derivatives change log.', 'Treat the request as failed until you know more, and check open orders before resending a write.'] }],
        },
      ],
    };
  }
  const product = finding.product === 'http' || finding.product == null ? null : finding.product;
  const entry = product != null ? entryFor(product, finding.code) : undefined;
  const title = product != null && finding.family != null ? familyTitle(product, finding.family) : undefined;
  const msg = finding.catalogueMessage ?? entry?.messages[0]?.text ?? '';
  const later = product != null ? laterFamily(product, finding.code, finding.name) : null;
  if (product != null && later != null) {
    const v = verdictFor(product, finding.code);
    const unofficial = entry?.unofficial === true ? ' (seen in live responses; no official page lists it)' : '';
    return {
      meaning: `${PRODUCT_NAMES[product]} rejected the request with ${finding.name ?? `code ${finding.code}`}${unofficial}, one of its errors about ${later.about}: ${msg === '' ? entry?.descriptions[0] ?? '' : msg}`,
      causes: later.causes,
      retry: { verdict: v.verdict, outcome: v.outcome, advice: later.advice },
    };
  }
  return {
    meaning: `${product != null ? PRODUCT_NAMES[product] : 'Binance'} rejected the request with ${finding.name ?? `code ${finding.code}`}${title !== undefined ? `, one of its “${title.toLowerCase()}”` : ''}: ${msg}`,
    causes: [
      {
        id: 'read-the-message',
        title: 'The request broke the rule the message names',
        why: 'Errors of this family are checks on the request or the account that failed.',
        fixes: [{ title: 'Fix what the message names, then resend', steps: ['Read the message and the parameters your request sent.', 'Correct the parameter or account setting it refers to.', 'Resend once; if it fails the same way, do not loop.'] }],
      },
    ],
  };
}

function httpMeaning(finding: Finding): string | null {
  if (finding.product !== 'http') return null;
  const s = HTTP_CATALOGUE.statuses.find((x) => x.status === finding.code) ?? HTTP_CATALOGUE.statuses.find((x) => x.id === (finding.code >= 500 ? '5xx' : '4xx'));
  return s === undefined ? null : `HTTP ${finding.code}: ${s.title}.`;
}

/** A question's texts for another API. */
const retargetQuestion = (q: QuestionView, to: Api): QuestionView => ({
  ...q,
  text: retargetKept(q.text, to),
  ...(q.help !== undefined ? { help: retargetKept(q.help, to) } : {}),
  options: q.options.map((o) => ({ ...o, label: retargetKept(o.label, to) })),
});

/** The diagnosis in the finding's product: endpoints, sentences and code of that product; its fix code filled from the paste. */
function forProduct(d: Diagnosis, finding: Finding, evidence: Evidence): Diagnosis {
  const to = apiOf(codeProduct(finding, evidence));
  if (to == null) return { ...d, causes: fillCauses(d.causes, finding, evidence) };
  const product = codeProduct(finding, evidence);
  const kept = retargetCauses(product == null ? d.causes : d.causes.filter((c) => causeApplies(c, product, to)), to);
  const causes = kept.length > 0 ? kept : familyDefault(finding).causes;
  const ids = new Set(causes.map((c) => c.id));
  return {
    ...d,
    meaning: retargetKept(d.meaning, to),
    retry: { ...d.retry, advice: retargetKept(d.retry.advice, to) },
    path: d.path.map((p) => ({ ...p, question: retargetQuestion(p.question, to) })),
    next: d.next == null ? null : retargetQuestion(d.next, to),
    causes: fillCauses(causes, finding, evidence),
    ruledOut: d.ruledOut.filter((id) => ids.has(id)),
  };
}

/** Diagnoses one finding with the given knowledge; every finding, known or not, gets meaning, retry advice and causes. */
export function diagnoseWith(finding: Finding, evidence: Evidence | undefined, options: DiagnoseOptions & { knowledge: readonly Knowledge[] }): Diagnosis {
  const ev = evidence ?? finding.evidence ?? emptyEvidence();
  const clock = { now: options.now ?? Date.now(), ...(options.timeZone !== undefined ? { timeZone: options.timeZone } : {}) };
  const found = knowledgeFor(finding, options.knowledge);
  const facts = factsFor(finding, ev, clock);
  if (found == null) {
    const d = familyDefault(finding);
    const base = { key: null, usesFamilyDefault: true, meaning: httpMeaning(finding) ?? d.meaning, retry: retryFor(d.retry ?? null, finding, ev, clock, null) };
    return forProduct({ ...base, facts, path: [], next: null, causes: d.causes, ranked: false, ruledOut: [] }, finding, ev);
  }
  const { key, knowledge } = found;
  const w = walk(knowledge, finding, ev, options.answers ?? {});
  const d: Diagnosis = {
    key,
    usesFamilyDefault: false,
    meaning: knowledge.meaning,
    retry: retryFor(knowledge.retry, finding, ev, clock, kindFromPath(w.path)),
    facts,
    path: w.path,
    next: w.next,
    causes: rankCauses(knowledge.causes, w, namedTerms(finding)),
    ranked: w.ranks != null,
    ruledOut: w.ruledOut.filter((id) => knowledge.causes.some((c) => c.id === id)),
  };
  return forProduct(d, finding, ev);
}

/** Products of the catalogues, for UIs that need the list. */
export const PRODUCT_LIST: Product[] = Object.keys(CATALOGUES) as Product[];
