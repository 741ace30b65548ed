/** diagnose(finding): meaning, retry advice, a walk through the tree of questions, and ranked causes with fixes. */
import { CATALOGUES, HTTP_CATALOGUE, PRODUCT_NAMES, entryFor, familyTitle } from '../catalogue/index';
import { lookupKeys, verdictFor } from '../knowledge/verdicts';
import type { AutoAnswer, Cause, Knowledge, Question, RetryAdvice } from '../knowledge/types';
import type { Evidence, Finding, Product } from '../types';
import { emptyEvidence } from '../evidence/evidence';

/** A question as data (no functions), ready to show or to cross a worker boundary. */
export interface QuestionView {
  id: string;
  text: string;
  help?: string;
  options: { value: string; label: string }[];
}

/** A question on the path, with its answer and where the answer came from. */
export interface AnsweredQuestion {
  question: QuestionView;
  value: string;
  label: string;
  by: 'user' | 'paste';
  because?: string;
  /** What the paste said, when the user overrode it. */
  pasteSaid?: AutoAnswer;
}

/** A fact worked out from the paste's values (ban end, notional, clock offset). */
export interface Fact {
  id: string;
  text: string;
}

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
  /** Causes, most likely first (ranked by the answers when the walk is complete). */
  causes: Cause[];
  ranked: boolean;
}

/** Options: the user's answers by question id, the clock, and the knowledge to use. */
export interface DiagnoseOptions {
  answers?: Record<string, string>;
  now?: number;
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
  for (const key of lookupKeys(finding.product, finding.code, variant)) {
    const k = map.get(key);
    if (k !== undefined) return { key, knowledge: k };
  }
  return null;
}

const view = (q: Question): QuestionView => {
  const v: QuestionView = { id: q.id, text: q.text, options: q.options.map((o) => ({ value: o.value, label: o.label })) };
  if (q.help !== undefined) v.help = q.help;
  return v;
};

function safeAuto(q: Question, finding: Finding, evidence: Evidence): AutoAnswer | undefined {
  try {
    const a = q.auto?.({ finding, evidence });
    return a !== undefined && q.options.some((o) => o.value === a.value) ? a : undefined;
  } catch {
    return undefined;
  }
}

/** Walks a tree: user answers first, then what the paste says; stops at the first open question. */
function walk(k: Knowledge, finding: Finding, evidence: Evidence, answers: Record<string, string>): { path: AnsweredQuestion[]; next: QuestionView | null; ranks: string[] | null } {
  const tree = k.tree;
  if (tree === undefined) return { path: [], next: null, ranks: null };
  const questions = new Map(tree.questions.map((q) => [q.id, q]));
  const path: AnsweredQuestion[] = [];
  let q = questions.get(tree.start);
  const visited = new Set<string>();
  while (q !== undefined && !visited.has(q.id)) {
    visited.add(q.id);
    const auto = safeAuto(q, finding, evidence);
    const user = answers[q.id];
    const chosen = user !== undefined && q.options.some((o) => o.value === user) ? user : auto?.value;
    if (chosen === undefined) return { path, next: view(q), ranks: null };
    const option = q.options.find((o) => o.value === chosen);
    if (option === undefined) return { path, next: view(q), ranks: null };
    const step: AnsweredQuestion = { question: view(q), value: chosen, label: option.label, by: user !== undefined && chosen === user ? 'user' : 'paste' };
    if (step.by === 'paste' && auto !== undefined) step.because = auto.because;
    if (step.by === 'user' && auto !== undefined && auto.value !== user) step.pasteSaid = auto;
    path.push(step);
    if (option.ranks !== undefined) return { path, next: null, ranks: option.ranks };
    q = option.next === undefined ? undefined : questions.get(option.next);
  }
  return { path, next: null, ranks: null };
}

function rankCauses(causes: readonly Cause[], ranks: readonly string[] | null): Cause[] {
  if (ranks == null) return [...causes];
  const first = ranks.map((id) => causes.find((c) => c.id === id)).filter((c): c is Cause => c !== undefined);
  return [...first, ...causes.filter((c) => !ranks.includes(c.id))];
}

const num = (s: string | undefined): number | null => {
  if (s === undefined) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
};

function duration(ms: number): string {
  const s = Math.round(Math.abs(ms) / 1000);
  if (s < 90) return `${s} s`;
  const m = Math.round(s / 60);
  if (m < 90) return `${m} min`;
  const h = Math.floor(m / 60);
  return `${h} h ${m % 60} min`;
}

/** Facts worked out from placeholder values and request evidence. */
export function factsFor(finding: Finding, evidence: Evidence, now: number): Fact[] {
  const facts: Fact[] = [];
  const until = num(finding.params.bannedUntil);
  if (until != null && until > 1e12) {
    const left = until - now;
    facts.push({
      id: 'ban-end',
      text: left > 0
        ? `The ban ends at ${new Date(until).toISOString().replace('T', ' ').slice(0, 19)} UTC — in ${duration(left)}. Send nothing from this IP until then.`
        : `The ban ended at ${new Date(until).toISOString().replace('T', ' ').slice(0, 19)} UTC (${duration(left)} ago).`,
    });
  }
  const retryAfter = num(evidence.headers['retry-after']);
  if (retryAfter != null) facts.push({ id: 'retry-after', text: `The response's Retry-After header asks you to wait ${retryAfter} s.` });
  const limit = num(finding.params.limit);
  if (limit != null) facts.push({ id: 'limit', text: `Your limit is ${limit}${finding.params.interval !== undefined ? ` per ${finding.params.interval}` : ' per minute'}; stay well under it (about ${Math.floor(limit * 0.8)}).` });
  const used = Object.entries(evidence.headers).find(([k]) => k.startsWith('x-mbx-used-weight'));
  if (used !== undefined) facts.push({ id: 'used-weight', text: `Used weight at the time: ${used[1]} (${used[0]}).` });
  const min = num(finding.params.minNotional);
  const price = num(evidence.params.price ?? evidence.params.stopPrice);
  const qty = num(evidence.params.quantity);
  // NOTE: COIN-M quantities are contracts, not coins, so price × quantity is not a notional there.
  if (min != null && price != null && qty != null && finding.product !== 'coinm') {
    const notional = price * qty;
    const needed = min / price;
    facts.push({
      id: 'notional',
      text: `Your order's notional is ${price} × ${qty} = ${Number(notional.toPrecision(8))}, ${notional < min ? 'below' : 'not below'} the minimum of ${min}. At this price the smallest quantity is about ${Number(needed.toPrecision(4))} (round up to the step size).`,
    });
  }
  const ts = num(evidence.params.timestamp);
  if (ts != null && evidence.serverTime != null) {
    const d = ts - evidence.serverTime;
    facts.push({ id: 'clock', text: `Your request's timestamp is ${duration(d)} ${d > 0 ? 'ahead of' : 'behind'} Binance's server time in this paste (${d} ms).` });
  }
  const rw = num(evidence.params.recvWindow);
  if (rw != null) facts.push({ id: 'recv-window', text: `Your request carried recvWindow=${rw} ms${rw > 60000 ? ', above the 60000 ms Binance accepts' : ''}.` });
  return facts;
}

function familyDefault(finding: Finding): { meaning: string; causes: Cause[] } {
  if (!finding.known) {
    return {
      meaning: `Code ${finding.code} is not in any of the Binance error catalogues we carry (USD-M, COIN-M, Spot, Portfolio Margin). It may be new, retired, from another Binance product, or not a Binance code at all. Its number puts it in the ${finding.family ?? 'unknown'} range.`,
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

/** Diagnoses one finding with the given knowledge; every finding, known or not, gets meaning, retry advice and causes. */
export function diagnoseWith(finding: Finding, evidence: Evidence | undefined, options: DiagnoseOptions & { knowledge: readonly Knowledge[] }): Diagnosis {
  const ev = evidence ?? finding.evidence ?? emptyEvidence();
  const now = options.now ?? Date.now();
  const found = knowledgeFor(finding, options.knowledge);
  const facts = factsFor(finding, ev, now);
  if (found == null) {
    const d = familyDefault(finding);
    const v = verdictFor(finding.known ? finding.product : null, finding.code, finding.params.variant ?? null);
    return {
      key: null,
      usesFamilyDefault: true,
      meaning: httpMeaning(finding) ?? d.meaning,
      retry: { verdict: v.verdict, outcome: v.outcome, advice: ADVICE[v.verdict] },
      facts,
      path: [],
      next: null,
      causes: d.causes,
      ranked: false,
    };
  }
  const { key, knowledge } = found;
  const { path, next, ranks } = walk(knowledge, finding, ev, options.answers ?? {});
  return {
    key,
    usesFamilyDefault: false,
    meaning: knowledge.meaning,
    retry: knowledge.retry,
    facts,
    path,
    next,
    causes: rankCauses(knowledge.causes, ranks),
    ranked: ranks != null,
  };
}

/** Plain advice for each verdict, used where no authored advice exists. */
export const ADVICE: Record<RetryAdvice['verdict'], string> = {
  'safe-to-retry': 'The request failed before anything happened; you can send it again.',
  'retry-after-wait': 'Wait before sending again, and send less often.',
  'fix-first': 'Sending the same request again will fail the same way: fix it first.',
  'never-retry': 'Do not retry: this needs a change on your account, key or location, not in your code.',
  'query-order-first': 'The order may or may not exist. Query it (by the client order id you sent) before doing anything else; a blind retry can double it.',
  'nothing-to-do': 'Nothing to do: what you asked for is already in place.',
};

/** Products of the catalogues, for UIs that need the list. */
export const PRODUCT_LIST: Product[] = Object.keys(CATALOGUES) as Product[];
