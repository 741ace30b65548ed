/** Retry advice that several errors give word for word. */
import type { RetryAdvice } from './types';

/** Retry advice shared by several errors (retry-after-wait). */
export const retryAfterWaitOrderWasPlaced: RetryAdvice = {
  verdict: 'retry-after-wait',
  outcome: 'rejected',
  waitSeconds: 1,
  advice: 'The order was not placed and the refusal does not count against your rate limits. Retry with growing pauses (for example 0.2 s, 0.4 s, 0.8 s, at most a few tries) and send fewer orders at once. If you are closing a position, mark the order reduceOnly=true (one-way) or use the closing positionSide/side pair (hedge) so it is exempt.',
};

/** Retry advice shared by several errors (fix-first). */
export const fixFirstNothingWasPlaced: RetryAdvice = { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing was placed. Correct the price before resending.' };

/** Retry advice shared by several errors (fix-first). */
export const fixFirstTreatRequestFailed: RetryAdvice = {
  verdict: 'fix-first',
  outcome: 'rejected',
  advice: 'Treat the request as failed. Do not loop on it: check the request, try once more later, and report it to Binance with the full request if it persists.',
};

/** Retry advice shared by several errors (never-retry). */
export const neverRetryDoRetryCode: RetryAdvice = {
  verdict: 'never-retry',
  outcome: 'rejected',
  advice: 'Do not retry. This code comes from a retired options function; use the current Binance Options API (eapi) for options instead.',
};

/** Retry advice shared by several errors (never-retry). */
export const neverRetryDoRetrySame: RetryAdvice = {
  verdict: 'never-retry',
  outcome: 'rejected',
  advice: 'Do not retry with the same leverage: no request can get around this cap. Ask for a leverage at or under the limit (the message or the text above says which), or meet the account condition first.',
};
