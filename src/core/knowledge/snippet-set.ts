/**
 * Fix code as real source files: `<base>.<library>.<ext>` beside the knowledge that uses them
 * (`.py`, `.js`, `.sh`), read into `snippets.gen.json` by `npm run knowledge` so that the browser and
 * the command line get the same text. `{{name}}` in a file is a placeholder for a value of the paste.
 */
import TEXT from './snippets.gen.json';
import type { Snippet, SnippetLibrary } from './types';

/** The libraries we write fix code for, in the order they are shown, with their files' extension. */
export const SNIPPET_FILES: readonly (readonly [SnippetLibrary, string])[] = [
  ['python-binance', 'py'],
  ['ccxt-python', 'py'],
  ['ccxt-js', 'js'],
  ['connector-python', 'py'],
  ['connector-js', 'js'],
  ['curl', 'sh'],
];

const texts: Readonly<Record<string, string>> = TEXT;
const PLACEHOLDER = /\{\{(\w+)\}\}/g;

/** Replaces each `{{name}}` with its value; a placeholder without a value stays as written. */
export function fillPlaceholders(code: string, values: Readonly<Record<string, string>>): string {
  return code.replace(PLACEHOLDER, (m, name: string) => values[name] ?? m);
}

/** Every set some fix names (so a test can find snippet files no fix uses). */
export const USED_SNIPPET_SETS = new Set<string>();

/** Values for placeholders a fix leaves to the defaults (a diagnosis replaces them with the paste's). */
export const DEFAULT_VALUES: Readonly<Record<string, string>> = { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT', quantity: '0.002' };

/**
 * The snippets of one fix: every library that has a file `<base>.<library>.<ext>`, placeholders filled
 * (the fix's values over the defaults); a snippet with placeholders keeps its template for the diagnosis.
 */
export function snippetSet(base: string, values: Readonly<Record<string, string>> = {}): Snippet[] {
  USED_SNIPPET_SETS.add(base);
  const out: Snippet[] = [];
  for (const [library, ext] of SNIPPET_FILES) {
    const text = texts[`${base}.${library}.${ext}`];
    if (text === undefined) continue;
    const code = fillPlaceholders(text, { ...DEFAULT_VALUES, ...values });
    out.push(code === text ? { library, code } : { library, code, template: text, values: { ...values } });
  }
  // NOTE: a fix that names a set without files is a broken move or rename; fail loudly at load.
  if (out.length === 0) throw new Error(`no snippet files for ${base}`);
  return out;
}
