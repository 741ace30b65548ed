import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Finding } from '../../../core/index';
import { findingTitle } from '../../lib/labels';

const FULL_LIMIT = 3000;
const CONTEXT = 2;

interface Row {
  line: number;
  text: string;
  finding: Finding | undefined;
}

/** The rows the view shows: every line of a small paste; the lines around the errors of a large one, with gaps. */
function sourceRows(text: string, findings: readonly Finding[]): (Row | 'gap')[] {
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
}

/**
 * The paste, read-only, with each error line highlighted. Small pastes are shown whole; large ones as
 * excerpts around the errors. Text is rendered as text, never as HTML.
 */
export function SourceView({ text, findings, selected, onSelect }: { text: string; findings: readonly Finding[]; selected: string | null; onSelect: (id: string) => void }) {
  const rows = useMemo(() => sourceRows(text, findings), [text, findings]);

  const ref = useRef<HTMLOListElement>(null);
  const hintId = useId();
  const shown = useRef(selected);
  useEffect(() => {
    // NOTE: only a new choice scrolls; scrolling on the first render would force the layout of the
    // whole page inside the task that renders the findings. Only the paste view scrolls, never the page:
    // the choice takes the reader to the diagnosis.
    if (selected == null || selected === shown.current) return;
    shown.current = selected;
    const f = findings.find((x) => x.id === selected);
    const line = f?.occurrences[0]?.line;
    const list = ref.current;
    const row = line === undefined ? null : list?.querySelector<HTMLElement>(`[data-line="${line}"]`);
    if (list == null || row == null) return;
    const top = row.getBoundingClientRect().top - list.getBoundingClientRect().top + list.scrollTop;
    if (top < list.scrollTop || top + row.offsetHeight > list.scrollTop + list.clientHeight) list.scrollTop = top - list.clientHeight / 3;
  }, [selected, findings]);

  // One Tab stop for the whole view: the marked line of the chosen finding (else the first); arrow keys move between marked lines.
  const [moved, setMoved] = useState<number | null>(null);
  const hits = rows.filter((r): r is Row & { finding: Finding } => r !== 'gap' && r.finding !== undefined);
  const stop = hits.find((r) => r.line === moved)?.line ?? hits.find((r) => r.finding.id === selected)?.line ?? hits[0]?.line;
  const onKeyDown = (e: KeyboardEvent<HTMLOListElement>): void => {
    const buttons = [...(ref.current?.querySelectorAll<HTMLButtonElement>('button.tx') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: buttons.length - 1 }[e.key];
    const next = to === undefined ? undefined : buttons[Math.max(0, Math.min(buttons.length - 1, to))];
    if (next === undefined) return;
    e.preventDefault();
    setMoved(Number(next.dataset.line));
    next.focus();
  };

  return (
    <>
      <p id={hintId} className="hint">
        The marked lines are one Tab stop: ↑ and ↓ move between them, Enter shows that error.
      </p>
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- the keys move focus between the line buttons inside (a roving tab stop) */}
      <ol className="source" ref={ref} aria-label="Your paste, with the errors marked" aria-describedby={hintId} onKeyDown={onKeyDown}>
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
                <button
                  type="button"
                  className="tx"
                  data-line={r.line}
                  tabIndex={r.line === stop ? 0 : -1}
                  onClick={() => {
                    setMoved(r.line);
                    onSelect(r.finding?.id ?? '');
                  }}
                >
                  {/* NOTE: the name is the visible line with what it is in front, so it contains the visible text (no label-content mismatch). */}
                  <span className="visually-hidden">
                    Line {r.line}: {findingTitle(r.finding)} —{' '}
                  </span>
                  <mark>{r.text.length > 2000 ? `${r.text.slice(0, 2000)} …` : r.text}</mark>
                </button>
              )}
            </li>
          ),
        )}
      </ol>
    </>
  );
}
