import { useId, useState } from 'react';
import type { Library, Snippet, SnippetLibrary } from '../../../core/index';
import { usePreference } from '../../lib/preferences';

/** The client libraries we write code for, by name for people, in the order the picker lists them. */
export const LIBRARY_NAMES: Record<SnippetLibrary, string> = {
  'python-binance': 'python-binance',
  'ccxt-python': 'ccxt (Python)',
  'ccxt-js': 'ccxt (JavaScript)',
  'connector-python': 'binance-connector (Python)',
  'connector-js': 'binance-connector (JavaScript)',
  curl: 'HTTP / curl',
};

const LIBRARY_KEY = 'fed:v1:library';
const isSnippetLibrary = (v: string | null): v is SnippetLibrary => v != null && Object.hasOwn(LIBRARY_NAMES, v);

/** The library the page shows code for: the one the user chose (remembered), else the paste's, else python-binance. */
export function useCodeLibrary(detected: Library | null): [SnippetLibrary, (l: SnippetLibrary) => void] {
  const [stored, store] = usePreference(LIBRARY_KEY);
  const chosen = isSnippetLibrary(stored) ? stored : isSnippetLibrary(detected) ? detected : 'python-binance';
  return [chosen, store];
}

/** The one choice of client library for every code example on the page; the paste's own library is marked. */
export function CodeLibraryPicker({ value, detected, onChange }: { value: SnippetLibrary; detected: Library | null; onChange: (l: SnippetLibrary) => void }) {
  const id = useId();
  return (
    <p className="code-library">
      <label htmlFor={id}>Code examples in</label>{' '}
      <select id={id} value={value} onChange={(e) => isSnippetLibrary(e.target.value) && onChange(e.target.value)}>
        {(Object.keys(LIBRARY_NAMES) as SnippetLibrary[]).map((l) => (
          <option key={l} value={l}>
            {LIBRARY_NAMES[l]}
            {l === detected ? ' (in your paste)' : ''}
          </option>
        ))}
      </select>
    </p>
  );
}

/** The fix's code for the page's library (or, when the fix has none for it, the first it has, said so), with a copy button. */
export function Snippets({ snippets, library }: { snippets: readonly Snippet[]; library: SnippetLibrary }) {
  const [copied, setCopied] = useState<SnippetLibrary | null>(null);
  const current = snippets.find((s) => s.library === library) ?? snippets[0];
  if (current === undefined) return null;
  const name = LIBRARY_NAMES[current.library];
  return (
    <div className="snippet">
      <p className="snippet-head">
        {name}
        {current.library !== library && <span className="meta"> — this fix has no {LIBRARY_NAMES[library]} example</span>}
      </p>
      {/* NOTE: the code wraps inside the page width, so the block needs no focus to be read; the copy button is the snippet's one Tab stop. */}
      <pre>
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
        {copied === current.library ? 'Copied' : `Copy ${name} code`}
      </button>
    </div>
  );
}
