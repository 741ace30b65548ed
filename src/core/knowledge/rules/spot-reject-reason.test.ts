import { describe, expect, it } from 'vitest';
import { spotRejectReason } from './spot-reject-reason';
import { ruleContext } from './testing';

const answer = (message: string | null) => spotRejectReason(ruleContext({ id: 'spot:-2010', code: -2010, product: 'spot', message }));

describe('spotRejectReason', () => {
  it.each([
    ['Account has insufficient balance for requested action.', 'balance'],
    ['Order would trigger immediately.', 'trigger'],
    ['Order would immediately match and take.', 'take'],
    ['Market is closed.', 'closed'],
    ['Duplicate order sent.', 'duplicate'],
    ['Unsupported order combination', 'combo'],
    ['IcebergQty exceeds QTY.', 'combo'],
    ['Rest API trading is not enabled.', 'server'],
    ['This account may not place or cancel orders.', 'account'],
    ['Trading is disabled on this account.', 'account'],
    ['Order book liquidity is less than LOT_SIZE filter minimum quantity.', 'liquidity'],
    ['The relationship of the prices for the orders is not correct.', 'oco'],
    ['Price * QTY is zero or less.', 'zero'],
    ['Filter failure: MAX_POSITION', 'zero'],
    ['Filter failure: MAX_NUM_ALGO_ORDERS', 'algo'],
    ['Filter failure: EXCHANGE_MAX_NUM_ALGO_ORDERS', 'algo'],
    ['Stop loss orders are not supported for this symbol.', 'feature'],
    ['This symbol may not use pegged orders.', 'feature'],
    ['NEW_ORDER_REJECTED', 'other'],
  ])('reads "%s" as %s', (message, value) => {
    expect(answer(message)).toEqual({ value, because: `the message reads "${message}"` });
  });
  it('stays silent without a message or with an unknown one', () => {
    expect(answer(null)).toBeUndefined();
    expect(answer('Something new.')).toBeUndefined();
  });
  it('ignores the catalogue message', () => {
    expect(spotRejectReason(ruleContext({ code: -2010, message: null, catalogueMessage: 'NEW_ORDER_REJECTED' }))).toBeUndefined();
  });
});
