/** The CLI's outputs: the JSON contract and a readable report. */
import { productChoices, type DecodeResult, type Diagnosis, type Finding, type RetryVerdict, type ShownFor } from '../core/index';
import { PRODUCT_NAMES } from '../core/catalogue/products';

/** How many causes, most likely first, the CLI shows and carries per finding. */
export const CAUSES_SHOWN = 3;

/** The part of a diagnosis the CLI carries: meaning, verdict and advice, facts, the likely causes with their first fix. */
export function diagnosisJson(d: Diagnosis, shownFor: ShownFor | null = null): object {
  return {
    ...(shownFor == null ? {} : { shownFor }),
    meaning: d.meaning,
    retry: d.retry,
    facts: d.facts,
    ranked: d.ranked,
    nextQuestion: d.next?.text ?? null,
    causes: d.causes.slice(0, CAUSES_SHOWN).map((c) => ({ id: c.id, title: c.title, why: c.why, fix: c.fixes[0] === undefined ? null : { title: c.fixes[0].title, steps: c.fixes[0].steps } })),
  };
}

const PRODUCT: Record<string, string> = { ...PRODUCT_NAMES, http: 'HTTP' };
const VERDICT: Record<RetryVerdict, string> = {
  'safe-to-retry': 'safe to retry',
  'retry-after-wait': 'retry after a wait',
  'fix-first': 'fix first, then retry',
  'never-retry': 'do not retry',
  'query-order-first': 'execution status unknown — query the order before anything else',
  'nothing-to-do': 'nothing to do (already in the wanted state)',
};

/** The JSON object of the CLI contract (see the README). */
export function toJson(r: DecodeResult, diagnoses: readonly Diagnosis[] = [], shownFor: readonly (ShownFor | null)[] = []): object {
  return {
    findings: r.findings.map((f, i) => ({
      code: f.code,
      name: f.name,
      known: f.known,
      product: f.product,
      productBasis: f.productBasis ?? null,
      family: f.family,
      confidence: f.confidence,
      matchedBy: f.matchedBy,
      candidates: f.candidates,
      occurrences: f.occurrences,
      params: f.params,
      retry: f.retry,
      id: f.id,
      message: f.message,
      catalogueMessage: f.catalogueMessage,
      httpStatus: f.httpStatus,
      outcome: f.outcome,
      benign: f.benign,
      nearest: f.nearest,
      ...(f.conflict === undefined ? {} : { conflict: f.conflict }),
      evidence: f.evidence,
      ...(diagnoses[i] === undefined ? {} : { diagnosis: diagnosisJson(diagnoses[i], shownFor[i] ?? null) }),
    })),
    evidence: r.evidence,
  };
}

function paint(on: boolean, code: string, s: string): string {
  return on ? `\x1b[${code}m${s}\x1b[0m` : s;
}

function headline(f: Finding): string {
  if (f.product === 'http') return `HTTP ${f.code}${f.params.variant !== undefined ? ` (${f.params.variant})` : ''}`;
  if (!f.known) return `${f.code} — unknown code (family ${f.family ?? '?'})`;
  if (f.product == null) return `${f.code} ${f.name ?? ''} — ${f.productBasis === 'same-everywhere' ? 'API not said (the same meaning on each)' : 'product unknown'}`;
  return `${f.code} ${f.name ?? ''} — ${PRODUCT[f.product] ?? f.product}`;
}

/** The line that says which API an open finding's diagnosis is shown for, and how to choose another. */
function whichApi(f: Finding, s: ShownFor): string {
  const others = productChoices(f)
    .map((c) => c.product)
    .filter((p) => p !== s.product);
  const rerun = others.length > 0 ? `; for another, run again with --product ${others.join('|')}` : '';
  return s.by === 'given'
    ? `  which API:  the log does not say; shown for ${PRODUCT[s.product] ?? s.product} (--product)${rerun}`
    : `  which API:  the log does not say; shown for ${PRODUCT[s.product] ?? s.product}, the most pasted${rerun}`;
}

/** The diagnosis lines of one finding: meaning, advice, facts, the first causes with their first fix. */
function diagnosisLines(d: Diagnosis, colour: boolean): string[] {
  const out = [`  meaning:    ${d.meaning}`, `  advice:     ${d.retry.advice}`];
  for (const f of d.facts) out.push(`  fact:       ${f.text}`);
  out.push(`  ${d.ranked ? 'likely causes' : 'possible causes'}${d.next != null ? ` (answer “${d.next.text}” in the app to rank them)` : ''}:`);
  d.causes.slice(0, CAUSES_SHOWN).forEach((c, i) => {
    out.push(`    ${i + 1}. ${paint(colour, '1', c.title)}`);
    const fix = c.fixes[0];
    if (fix !== undefined) out.push(`       fix: ${fix.title}${fix.steps[0] !== undefined ? ` — ${fix.steps[0]}` : ''}`);
  });
  return out;
}

/** A readable report; colour only when asked (on a terminal). */
export function formatReport(r: DecodeResult, colour: boolean, diagnoses: readonly Diagnosis[] = [], shownFor: readonly (ShownFor | null)[] = []): string {
  const out: string[] = [];
  if (r.findings.length === 0) {
    out.push(`No Binance error found in ${r.stats.lines} line(s).`);
    return `${out.join('\n')}\n`;
  }
  out.push(`${r.findings.length} Binance error(s) in ${r.stats.lines} line(s)${r.evidence.product != null ? `; the paste points to ${PRODUCT[r.evidence.product]}` : ''}${r.evidence.library != null ? `, library ${r.evidence.library}` : ''}.`);
  for (const f of r.findings) {
    out.push('');
    out.push(paint(colour, '1', headline(f)));
    if (f.catalogueMessage != null) out.push(`  message:    ${f.catalogueMessage}`);
    else if (f.message != null) out.push(`  message:    ${f.message}`);
    out.push(`  matched by: ${f.matchedBy}, confidence ${Math.round(f.confidence * 100)} %`);
    if (f.conflict !== undefined) out.push(`  conflict:   the message is ${f.conflict.messageCode} ${f.conflict.messageName ?? ''}’s, not this code’s`);
    out.push(`  retry:      ${paint(colour, f.retry === 'safe-to-retry' || f.retry === 'nothing-to-do' ? '32' : f.retry === 'query-order-first' ? '31' : '33', VERDICT[f.retry])}`);
    const params = Object.entries(f.params);
    if (params.length > 0) out.push(`  values:     ${params.map(([k, v]) => `${k}=${v}`).join(', ')}`);
    if (f.candidates.length > 1 && new Set(f.candidates.map((c) => c.name)).size > 1)
      out.push(`  also could be: ${f.candidates.slice(1, 4).map((c) => `${c.code} ${c.name ?? ''} (${PRODUCT[c.source] ?? c.source})`).join('; ')}`);
    if (f.nearest.length > 0) out.push(`  nearest:    ${f.nearest.map((c) => `${c.code} “${c.message ?? ''}”`).join('; ')}`);
    const lines = f.occurrences.map((o) => o.line);
    out.push(`  seen ${f.occurrences.length}×, line${lines.length > 1 ? 's' : ''} ${lines.slice(0, 12).join(', ')}${lines.length > 12 ? ', …' : ''}`);
    const i = r.findings.indexOf(f);
    const s = shownFor[i];
    if (s != null) out.push(whichApi(f, s));
    const d = diagnoses[i];
    if (d !== undefined) out.push(...diagnosisLines(d, colour));
  }
  return `${out.join('\n')}\n`;
}
