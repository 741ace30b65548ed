import { useEffect, useMemo, useRef } from 'react';
import type { Finding } from '../../../core/index';
import { findingTitle } from '../../lib/labels';

const FULL_LIMIT = 3000;
const CONTEXT = 2;

interface Row {
  line: number;
  text: string;
  finding: Finding | undefined;
}

/**
 * The paste, read-only, with each error line highlighted. Small pastes are shown whole; large ones as
 * excerpts around the errors. Text is rendered as text, never as HTML.
 */
export function SourceView({ text, findings, selected, onSelect }: { text: string; findings: readonly Finding[]; selected: string | null; onSelect: (id: string) => void }) {
  const rows = useMemo(() => {
    const byLine = new Map<number, Finding>();
    for (const f of findings) for (const o of f.occurrences) if (!byLine.has(o.line)) byLine.set(o.line, f);
    const lines = text.length < 400_000 ? text.split('\n') : null;
    const out: (Row | 'gap')[] = [];
    if (lines != null && lines.length <= FULL_LIMIT) {
      lines.forEach((t, i) => out.push({ line: i + 1, text: t, finding: byLine.get(i + 1) }));
      return out;
    }
    // Excerpts: the lines around each error (at most 400 errors shown).
    const wanted = [...byLine.keys()].sort((a, b) => a - b).slice(0, 400);
    const show = new Set<number>();
    for (const l of wanted) for (let k = l - CONTEXT; k <= l + CONTEXT; k++) if (k > 0) show.add(k);
    const sorted = [...show].sort((a, b) => a - b);
    const starts: number[] = [0];
    const lineText = (n: number): string => {
      if (lines != null) return lines[n - 1] ?? '';
      while (starts.length < n) {
        const prev = starts[starts.length - 1] ?? 0;
        const e = text.indexOf('\n', prev);
        starts.push(e < 0 ? text.length + 1 : e + 1);
      }
      const s = starts[n - 1] ?? 0;
      const e = text.indexOf('\n', s);
      return text.slice(s, e < 0 ? undefined : e).slice(0, 2000);
    };
    let last = 0;
    for (const n of sorted) {
      if (n > last + 1) out.push('gap');
      const t = lineText(n);
      if (t === '' && n > 1 && lines == null && (starts[n - 1] ?? 0) > text.length) break;
      out.push({ line: n, text: t, finding: byLine.get(n) });
      last = n;
    }
    return out;
  }, [text, findings]);

  const ref = useRef<HTMLOListElement>(null);
  const shown = useRef(selected);
  useEffect(() => {
    // NOTE: only a new choice scrolls; scrolling on the first render would force the layout of the
    // whole page inside the task that renders the findings.
    if (selected == null || selected === shown.current) return;
    shown.current = selected;
    const f = findings.find((x) => x.id === selected);
    const line = f?.occurrences[0]?.line;
    if (line === undefined) return;
    ref.current?.querySelector(`[data-line="${line}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selected, findings]);

  return (
    <ol className="source" ref={ref} aria-label="Your paste, with the errors marked">
      {rows.map((r, i) =>
        r === 'gap' ? (
          <li key={`gap-${i}`} className="gap" aria-hidden="true">
            …
          </li>
        ) : (
          <li key={r.line} data-line={r.line} className={r.finding === undefined ? undefined : r.finding.id === selected ? 'hit current' : 'hit'}>
            <span className="ln" aria-hidden="true">
              {r.line}
            </span>
            {r.finding === undefined ? (
              <span className="tx">{r.text.length > 2000 ? `${r.text.slice(0, 2000)} …` : r.text}</span>
            ) : (
              <button type="button" className="tx" onClick={() => onSelect(r.finding?.id ?? '')} aria-label={`Line ${r.line}: ${findingTitle(r.finding)}`}>
                <mark>{r.text.length > 2000 ? `${r.text.slice(0, 2000)} …` : r.text}</mark>
              </button>
            )}
          </li>
        ),
      )}
    </ol>
  );
}
