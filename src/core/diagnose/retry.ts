/** The retry advice of one finding in its situation: the verdict for a write or a read, and the wait the paste asks for. */
import { verdictInSituation, type RequestKind } from '../knowledge/verdicts';
import type { RetryAdvice } from '../knowledge/types';
import type { Evidence, Finding } from '../types';
import { both, duration, nextUtcMidnight, type FactClock } from './facts';
import type { AnsweredQuestion } from './walk';

/** Plain advice for each verdict, used where no authored advice exists. */
export const ADVICE: Record<RetryAdvice['verdict'], string> = {
  'safe-to-retry': 'The request failed before anything happened; you can send it again.',
  'retry-after-wait': 'Wait before sending again, and send less often.',
  'fix-first': 'Sending the same request again will fail the same way: fix it first.',
  'never-retry': 'Do not retry: this needs a change on your account, key or location, not in your code.',
  'query-order-first': 'The order may or may not exist. Query it (by the client order id you sent) before doing anything else; a blind retry can double it.',
  'nothing-to-do': 'Nothing to do: what you asked for is already in place.',
};

/** Write or read, as the user (or the paste) answered a question that asks it. */
export function kindFromPath(path: readonly AnsweredQuestion[]): RequestKind {
  for (const p of path) {
    const values = p.question.options.map((o) => o.value);
    if (!values.includes('write') || !(values.includes('read') || values.includes('get'))) continue;
    if (p.value === 'write') return 'write';
    if (p.value === 'read' || p.value === 'get') return 'read';
  }
  return null;
}

const sentence = (s: string): string => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

/** The advice: the authored one when the situation leaves its verdict, else the plain one with the reason; a concrete wait first. */
export function retryFor(authored: RetryAdvice | null, finding: Finding, evidence: Evidence, clock: FactClock, kind: RequestKind): RetryAdvice {
  const v = verdictInSituation(finding, evidence, kind);
  const same = authored != null && authored.verdict === v.verdict;
  let advice = same ? authored.advice : `${ADVICE[v.verdict]}${v.because !== undefined ? ` (${sentence(v.because)}.)` : ''}`;
  let wait = v.waitSeconds ?? (same ? authored.waitSeconds : undefined);
  const until = Number(finding.params.bannedUntil);
  if (v.verdict === 'retry-after-wait') {
    if (Number.isFinite(until) && until > clock.now && until > 1e12) {
      wait = Math.ceil((until - clock.now) / 1000);
      advice = `Wait until the ban ends at ${both(until, clock)} — ${duration(until - clock.now)} from now. ${advice}`;
    } else if (v.untilDayEnds === true) {
      const reset = nextUtcMidnight(clock.now);
      wait = Math.ceil((reset - clock.now) / 1000);
      advice = `This is the daily order limit: wait for the day to end — the counter resets at 00:00 UTC (${both(reset, clock)}, in ${duration(reset - clock.now)}), not in seconds. Until then place no new orders from this account; afterwards spread them over the day, and stop resending refused orders (they count too).`;
    } else if (v.waitSeconds !== undefined && evidence.headers['retry-after'] !== undefined) {
      advice = `The response asks you to wait ${v.waitSeconds} s (its Retry-After header): wait that long, not a generic minute. ${advice}`;
    }
  }
  const out: RetryAdvice = { verdict: v.verdict, outcome: v.outcome, advice };
  if (wait !== undefined) out.waitSeconds = wait;
  return out;
}
