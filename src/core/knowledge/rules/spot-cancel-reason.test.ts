import { describe, expect, it } from 'vitest';
import { spotCancelReason } from './spot-cancel-reason';
import { ruleContext } from './testing';

const answer = (message: string | null) => spotCancelReason(ruleContext({ id: 'spot:-2011', code: -2011, product: 'spot', message }));

describe('spotCancelReason', () => {
  it.each([
    ['Unknown order sent.', 'unknown'],
    ['Order was not canceled due to cancel restrictions.', 'restrictions'],
    ['Cancel order is invalid. Check origClOrdId and orderId.', 'no-id'],
    ['This account may not place or cancel orders.', 'account'],
  ])('reads "%s" as %s', (message, value) => {
    expect(answer(message)).toEqual({ value, because: `the message reads "${message}"` });
  });
  it('stays silent for a bare CANCEL_REJECTED or no message', () => {
    expect(answer('CANCEL_REJECTED')).toBeUndefined();
    expect(answer(null)).toBeUndefined();
  });
});
