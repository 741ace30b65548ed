/**
 * Binance's non-negative codes: the WebSocket stream control errors 0–3 and the 8–9-digit codes of
 * Binance Link (and of some /sapi/ endpoints). Unlike the negative codes they look like any number, so
 * they count only as a keyed value (`"code": 2`, `code=100001003`) whose message reads as Binance's, or,
 * for the long ones, on a line that names Binance. A bare positive number in prose is never one.
 */
import { entriesForCode } from '../catalogue/index';
import type { Product } from '../types';

/** A keyed non-negative code: `"code": 2`, `'code': "000002"`, `code=100001003`. */
const KEYED_CODE = /["']?\bcode["']?\s*[:=]\s*["']?(\d{1,9})\b["']?(?![.\d])/gi;
const STREAM_MAX = 3;
const LONG = 10_000_000;

/** One non-negative code on a line: where it is, and the products it can belong to. */
export interface PositiveCode {
  code: number;
  at: number;
  end: number;
  only: Product[];
}

/** The message after a code, and whether it is one of that code's catalogue messages word for word. */
export type MessageReader = (at: number, end: number, code: number) => { message: string; exact: boolean };

// NOTE: live stream errors shorten the page's wording ("Invalid request: invalid stream", "Invalid json"):
// the words before the colon name the error.
function streamWording(code: number, message: string): boolean {
  const lower = message.trim().toLowerCase();
  if (lower === '') return false;
  return entriesForCode(code).some((e) => e.product === 'wsapi' && e.messages.some((m) => lower.startsWith(m.text.split(':')[0]?.trim().toLowerCase() ?? '\u0000')));
}

/** The non-negative Binance codes on a line (none unless the line keys a `code`). */
export function positiveCodes(s: string, read: MessageReader): PositiveCode[] {
  const out: PositiveCode[] = [];
  KEYED_CODE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = KEYED_CODE.exec(s)) != null) {
    const written = m[1] ?? '';
    const code = Number(written);
    const at = m.index + m[0].indexOf(written);
    const end = at + written.length;
    const padded = written.length >= 6 && written.startsWith('0');
    if (code <= STREAM_MAX && !padded) {
      const { message, exact } = read(at, end, code);
      if (exact || streamWording(code, message)) out.push({ code, at, end, only: ['wsapi'] });
    } else if (code >= LONG || padded) {
      const products = [...new Set(entriesForCode(code).filter((e) => e.product !== 'wsapi').map((e) => e.product))];
      if (products.length === 0) continue;
      if (read(at, end, code).exact || /binance/i.test(s)) out.push({ code, at, end, only: products });
    }
  }
  return out;
}
