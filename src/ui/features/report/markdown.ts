import { redact, type DecodeResult } from '../../../core/index';
import { SOURCE_NAMES, VERDICT_LABELS, findingTitle } from '../../lib/labels';

/** A tidy, redacted Markdown report of the findings, for a GitHub issue or a forum post. */
export function markdownReport(result: DecodeResult): string {
  const out: string[] = ['## Binance API errors (decoded by Futures Error Doctor)', ''];
  if (result.evidence.product != null || result.evidence.library != null)
    out.push(`Product: ${result.evidence.product == null ? 'unknown' : SOURCE_NAMES[result.evidence.product]} · Library: ${result.evidence.library ?? 'unknown'}${result.evidence.endpoint != null ? ` · Endpoint: \`${result.evidence.endpoint}\`` : ''}`, '');
  for (const f of result.findings) {
    out.push(`### ${findingTitle(f)}${f.product != null ? ` (${SOURCE_NAMES[f.product] ?? f.product})` : ''}`);
    if (f.catalogueMessage != null) out.push(`- Message: “${f.catalogueMessage}”`);
    out.push(`- Retry: ${VERDICT_LABELS[f.retry]}`);
    out.push(`- Seen ${f.occurrences.length}× (first on line ${f.occurrences[0]?.line ?? '?'})`);
    const first = f.occurrences[0]?.text;
    if (first !== undefined) out.push('', '```', redact(first).text.replace(/```/g, "'''"), '```');
    out.push('');
  }
  return out.join('\n');
}
