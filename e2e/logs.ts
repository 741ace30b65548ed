import { readFileSync } from 'node:fs';

/** A real paste from fixtures/pastes, by file name. */
export const fixture = (name: string): string => readFileSync(new URL(`../fixtures/pastes/${name}`, import.meta.url), 'utf8');

// Real bot logs (hummingbot, python-binance, freqtrade, ProfitTrailer, Java, a 503 from fapi): a benign
// reply comes first, the error whose order status is unknown much later, as in a real session.
const SOURCES = ['negative-02', 'benign-05', 'python-binance-05', 'multi-01', 'ccxt-10', 'java-05', 'multi-03', 'http-status-04', 'errorcode-04'];

/** A 300-line bot log made only of real pasted lines: the real logs above, one after another, again until 300 lines. */
export function botLog300(): string {
  const lines = SOURCES.flatMap((n) => fixture(`${n}.txt`).split('\n').filter((l) => l.trim() !== ''));
  const out: string[] = [];
  for (let i = 0; out.length < 300; i++) out.push(lines[i % lines.length] ?? '');
  return out.join('\n');
}
