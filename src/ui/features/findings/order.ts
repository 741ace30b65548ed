import { logTimeOf } from '../../../core/evidence/evidence';
import type { Finding, RetryVerdict } from '../../../core/index';

/** How urgently a verdict needs the user, most urgent first; "safe to retry" and "retry after a wait" share a rank. */
export const DANGER: Record<RetryVerdict, number> = {
  'query-order-first': 0,
  'never-retry': 1,
  'fix-first': 2,
  'retry-after-wait': 3,
  'safe-to-retry': 3,
  'nothing-to-do': 4,
};

const firstLine = (f: Finding): number => f.occurrences[0]?.line ?? Number.MAX_SAFE_INTEGER;

/** The findings most dangerous first (order status unknown, do not retry, fix first, wait, nothing to do), then by first occurrence. */
export function byDanger(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => DANGER[a.retry] - DANGER[b.retry] || firstLine(a) - firstLine(b));
}

/** The findings that need action now: the order's status is unknown, or the request must not be sent again. */
export function needsActionNow(findings: readonly Finding[]): number {
  return findings.filter((f) => DANGER[f.retry] <= 1).length;
}

/** Where a finding was first and last seen: the log time of the line when it has one, and the line number. */
export interface Seen {
  line: number;
  time: string | null;
}

/** The first and last occurrence of a finding (the same one when it occurred once). */
export function seenRange(f: Finding): { first: Seen; last: Seen } | null {
  const a = f.occurrences[0];
  const b = f.occurrences.at(-1);
  if (a === undefined || b === undefined) return null;
  return { first: { line: a.line, time: logTimeOf(a.text) }, last: { line: b.line, time: logTimeOf(b.text) } };
}

/** "2024-07-30 21:40:02" with a comma or dot fraction cut to seconds, a T made a space; the date dropped when `sameDay`. */
function shortTime(t: string, sameDay: boolean): string {
  const s = t.replace('T', ' ').replace(/[.,]\d+/, '');
  return sameDay ? s.slice(11) : s;
}

/** The first and last seen, in words: log times when the lines carry them, else line numbers. */
export function seenText(f: Finding): string {
  const r = seenRange(f);
  if (r == null) return '';
  const { first, last } = r;
  if (first.line === last.line) return first.time != null ? `at ${shortTime(first.time, false)} (line ${first.line})` : `line ${first.line}`;
  if (first.time != null && last.time != null) {
    const sameDay = first.time.slice(0, 10) === last.time.slice(0, 10);
    return `first ${shortTime(first.time, false)} (line ${first.line}), last ${shortTime(last.time, sameDay)} (line ${last.line})`;
  }
  return `first on line ${first.line}, last on line ${last.line}`;
}
