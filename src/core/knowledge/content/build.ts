/** Small builders shared by the knowledge files, so the content reads as content. */
import type { Cause, Fix, Knowledge, RetryAdvice, Snippet } from '../types';

/** The request was rejected; fix it first. */
export const fixFirst = (advice: string): RetryAdvice => ({ verdict: 'fix-first', outcome: 'rejected', advice });
/** Rejected, and no code change will help. */
export const never = (advice: string): RetryAdvice => ({ verdict: 'never-retry', outcome: 'rejected', advice });
/** Rejected; send again after a wait. */
export const wait = (advice: string, waitSeconds?: number): RetryAdvice =>
  waitSeconds === undefined ? { verdict: 'retry-after-wait', outcome: 'rejected', advice } : { verdict: 'retry-after-wait', outcome: 'rejected', waitSeconds, advice };
/** Already in the wanted state. */
export const noop = (advice: string): RetryAdvice => ({ verdict: 'nothing-to-do', outcome: 'no-change', advice });

/** A fix with steps and, optionally, code. */
export const fix = (title: string, steps: string[], snippets?: Snippet[]): Fix => (snippets === undefined ? { title, steps } : { title, steps, snippets });
/** A cause with its fixes. */
export const cause = (id: string, title: string, why: string, fixes: Fix[]): Cause => ({ id, title, why, fixes });
/** Knowledge without a tree. */
export const simple = (keys: string[], meaning: string, retry: RetryAdvice, causes: Cause[]): Knowledge => ({ keys, meaning, retry, causes });
/** Joins lines of a snippet. */
export const lines = (...l: string[]): string => l.join('\n');

/** The shell line that HMAC-SHA256-signs the named variable (QS, BODY) into SIG. */
export const hmacSig = (variable: string): string => `SIG=$(printf '%s' "$${variable}" | openssl dgst -sha256 -hmac "$API_SECRET" | sed 's/^.* //')`;

/** A signed curl request (HMAC-SHA256 over the query string, keys from the environment). */
export const signed = (method: string, path: string, qs: string, host = 'https://fapi.binance.com'): string =>
  lines(
    `QS="${qs === '' ? '' : `${qs}&`}timestamp=$(date +%s000)"`,
    hmacSig('QS'),
    `curl -s -X ${method} -H "X-MBX-APIKEY: $API_KEY" "${host}${path}?$QS&signature=$SIG"`,
  );

/** One snippet for each of the six libraries, in a fixed order. */
export const six = (pb: string, cpy: string, cjs: string, upy: string, ujs: string, curl: string): Snippet[] => [
  { library: 'python-binance', code: pb },
  { library: 'ccxt-python', code: cpy },
  { library: 'ccxt-js', code: cjs },
  { library: 'connector-python', code: upy },
  { library: 'connector-js', code: ujs },
  { library: 'curl', code: curl },
];

/** A decimal string with float noise (0.30000000000000004) that Binance will refuse. */
export const floatNoise = (s: string | undefined): boolean => {
  if (s === undefined) return false;
  if (/e[-+]?\d+$/i.test(s)) return true;
  const f = s.split('.')[1] ?? '';
  return f.length >= 9 || /0{5,}[1-9]\d{0,2}$|9{5,}\d{0,2}$/.test(f);
};
