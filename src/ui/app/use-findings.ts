import { useDeferredValue, useMemo } from 'react';
import type { DecodeResult, Finding, Product } from '../../core/index';
import { loadedCore } from '../../worker/decode-client';
import { byDanger } from '../features/findings/order';
import type { SavedState } from '../lib/storage';

function withChoices(result: DecodeResult | undefined, products: Record<string, Product>): DecodeResult | undefined {
  if (result === undefined || Object.keys(products).length === 0) return result;
  return {
    ...result,
    findings: result.findings.map((f) => {
      const p = products[f.id];
      return p === undefined ? f : (loadedCore().asProduct(f, p) ?? f);
    }),
  };
}

/** The findings as the page shows them: the decode read with the user's product choices, most dangerous first, the chosen one, and what a share link carries. */
export function useFindings(
  state: SavedState,
  data: DecodeResult | undefined,
): { decoded: DecodeResult | undefined; result: DecodeResult | undefined; findings: Finding[]; selected: Finding | undefined; lines: number[]; summary: string } {
  // NOTE: the findings of a new decode render as a deferred value, in short interruptible tasks.
  const decoded = useDeferredValue(state.text.trim() === '' ? undefined : data);
  // The user's product choices re-read findings as that product's entries (same ids, so selection and answers hold).
  const result = useMemo(() => withChoices(decoded, state.products), [decoded, state.products]);
  // Most dangerous first: an order whose status is unknown never hides under a harmless reply.
  const findings = useMemo(() => byDanger(result?.findings ?? []), [result]);
  const selected = findings.find((f) => f.id === state.selected) ?? findings[0];
  const lines = useMemo(() => findings.flatMap((f) => f.occurrences.slice(0, 20).map((o) => o.line)), [findings]);
  const summary = useMemo(
    () => findings.map((f) => (f.product === 'http' ? `HTTP ${f.code} ${f.message ?? ''}` : JSON.stringify({ code: f.code, msg: f.catalogueMessage ?? f.message ?? '' }))).join('\n'),
    [findings],
  );
  return { decoded, result, findings, selected, lines, summary };
}
