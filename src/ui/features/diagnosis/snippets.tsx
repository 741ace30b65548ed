import { useId, useState } from 'react';
import type { Library, Snippet, SnippetLibrary } from '../../../core/index';

const NAMES: Record<SnippetLibrary, string> = {
  'python-binance': 'python-binance',
  'ccxt-python': 'ccxt (Python)',
  'ccxt-js': 'ccxt (JavaScript)',
  'connector-python': 'binance-connector (Python)',
  'connector-js': 'binance-connector (JavaScript)',
  curl: 'HTTP / curl',
};

/** Code tabs, one per client library, the detected library first, each with a copy button. */
export function Snippets({ snippets, library }: { snippets: readonly Snippet[]; library: Library | null }) {
  const ordered = [...snippets].sort((a, b) => Number(b.library === library) - Number(a.library === library));
  const [active, setActive] = useState(0);
  const [copied, setCopied] = useState<string | null>(null);
  const base = useId();
  const current = ordered[Math.min(active, ordered.length - 1)];
  if (current === undefined) return null;
  return (
    <div className="snippets">
      <div role="tablist" aria-label="Client library">
        {ordered.map((s, i) => (
          <button
            key={s.library}
            type="button"
            role="tab"
            id={`${base}-tab-${i}`}
            aria-selected={i === active}
            aria-controls={`${base}-panel`}
            tabIndex={i === active ? 0 : -1}
            onClick={() => setActive(i)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
                const n = (active + (e.key === 'ArrowRight' ? 1 : ordered.length - 1)) % ordered.length;
                setActive(n);
                document.getElementById(`${base}-tab-${n}`)?.focus();
              }
            }}
          >
            {NAMES[s.library]}
            {s.library === library ? ' (yours)' : ''}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${base}-panel`} aria-labelledby={`${base}-tab-${active}`} tabIndex={0}>
        {/* A long line scrolls inside the block, so the block takes keyboard focus to scroll. */}
        <pre tabIndex={0} aria-label={`${NAMES[current.library]} code`}>
          <code>{current.code}</code>
        </pre>
        <button
          type="button"
          onClick={() => {
            navigator.clipboard?.writeText(current.code).then(
              () => setCopied(current.library),
              () => setCopied(null),
            );
          }}
        >
          {copied === current.library ? 'Copied' : `Copy ${NAMES[current.library]} code`}
        </button>
      </div>
    </div>
  );
}
