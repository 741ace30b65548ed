/** The CLI's outputs: the JSON contract and a readable report. */
import type { DecodeResult, Finding, RetryVerdict } from '../core/index';

const PRODUCT: Record<string, string> = { usdm: 'USD-M Futures', coinm: 'COIN-M Futures', spot: 'Spot', pm: 'Portfolio Margin', http: 'HTTP' };
const VERDICT: Record<RetryVerdict, string> = {
  'safe-to-retry': 'safe to retry',
  'retry-after-wait': 'retry after a wait',
  'fix-first': 'fix first, then retry',
  'never-retry': 'do not retry',
  'query-order-first': 'execution status unknown — query the order before anything else',
  'nothing-to-do': 'nothing to do (already in the wanted state)',
};

/** The JSON object of the CLI contract (see the README). */
export function toJson(r: DecodeResult): object {
  return {
    findings: r.findings.map((f) => ({
      code: f.code,
      name: f.name,
      known: f.known,
      product: f.product,
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
      evidence: f.evidence,
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
  return `${f.code} ${f.name ?? ''} — ${PRODUCT[f.product ?? ''] ?? 'product unknown'}`;
}

/** A readable report; colour only when asked (on a terminal). */
export function formatReport(r: DecodeResult, colour: boolean): string {
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
    out.push(`  retry:      ${paint(colour, f.retry === 'safe-to-retry' || f.retry === 'nothing-to-do' ? '32' : f.retry === 'query-order-first' ? '31' : '33', VERDICT[f.retry])}`);
    const params = Object.entries(f.params);
    if (params.length > 0) out.push(`  values:     ${params.map(([k, v]) => `${k}=${v}`).join(', ')}`);
    if (f.candidates.length > 1 && new Set(f.candidates.map((c) => c.name)).size > 1)
      out.push(`  also could be: ${f.candidates.slice(1, 4).map((c) => `${c.code} ${c.name ?? ''} (${PRODUCT[c.source] ?? c.source})`).join('; ')}`);
    if (f.nearest.length > 0) out.push(`  nearest:    ${f.nearest.map((c) => `${c.code} “${c.message ?? ''}”`).join('; ')}`);
    const lines = f.occurrences.map((o) => o.line);
    out.push(`  seen ${f.occurrences.length}×, line${lines.length > 1 ? 's' : ''} ${lines.slice(0, 12).join(', ')}${lines.length > 12 ? ', …' : ''}`);
  }
  return `${out.join('\n')}\n`;
}
