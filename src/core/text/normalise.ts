/** Line normalisation before matching: ANSI colours, full-width punctuation, escaped JSON. */

// NOTE: every replacement keeps the line's meaning; columns are recomputed against the original line.
// eslint-disable-next-line no-control-regex -- ANSI colour codes start with ESC by definition
const ANSI = /\x1b\[[0-9;?]*[ -/]*[@-~]/g;
const FULL_WIDTH: Record<string, string> = {
  '：': ':', '，': ',', '（': '(', '）': ')', '［': '[', '］': ']', '｛': '{', '｝': '}',
  '＂': '"', '＇': "'", '－': '-', '＝': '=', '。': '.', '“': '"', '”': '"', '‘': "'", '’': "'", '\u3000': ' ', '％': '%', '−': '-',
};
const FULL_WIDTH_RE = /[：，（）［］｛｝＂＇－＝。“”‘’\u3000％−]/g;
const UNICODE_ESCAPE = /\\u([0-9a-fA-F]{4})/g;

/** Whether a line needs `normaliseLine` at all (cheap test). */
export function needsNormalising(line: string): boolean {
  return line.includes('\x1b') || line.includes('\\') || FULL_WIDTH_RE.test(line) || line.includes('&quot;');
}

/** Strips ANSI colour codes, maps full-width punctuation to ASCII and unescapes JSON inside strings. */
export function normaliseLine(line: string): string {
  let s = line.replace(ANSI, '');
  FULL_WIDTH_RE.lastIndex = 0;
  s = s.replace(FULL_WIDTH_RE, (c) => FULL_WIDTH[c] ?? c);
  if (s.includes('\\')) {
    s = s.replace(UNICODE_ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    // Escaped JSON may be nested more than once: \\\"code\\\" → "code".
    s = s.replace(/\\+"/g, '"').replace(/\\+'/g, "'").replace(/\\+n/g, ' ').replace(/\\+t/g, ' ');
  }
  if (s.includes('&quot;')) s = s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return s;
}
