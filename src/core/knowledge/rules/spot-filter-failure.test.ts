import { describe, expect, it } from 'vitest';
import { spotFilterFailure } from './spot-filter-failure';
import { ruleContext } from './testing';

const spot = (message: string | null) => ruleContext({ id: 'spot:-1013', code: -1013, product: 'spot', message });

describe('spotFilterFailure', () => {
  it('answers the group of the named filter', () => {
    expect(spotFilterFailure(spot('Filter failure: LOT_SIZE'))).toEqual({ value: 'LOT_SIZE', because: 'the message says “Filter failure: LOT_SIZE”' });
    expect(spotFilterFailure(spot('Filter failure: MIN_NOTIONAL'))).toEqual({ value: 'NOTIONAL', because: 'the message says “Filter failure: MIN_NOTIONAL”' });
    expect(spotFilterFailure(spot('Filter failure: PERCENT_PRICE_BY_SIDE'))?.value).toBe('PERCENT_PRICE');
    expect(spotFilterFailure(spot('filter failure: exchange_max_num_order_lists'))?.value).toBe('AMENDS_LISTS');
  });

  it('answers other for a filter it does not group', () => {
    expect(spotFilterFailure(spot('Filter failure: MAX_NUM_SOMETHING_NEW'))).toEqual({ value: 'other', because: 'the message names the filter MAX_NUM_SOMETHING_NEW' });
  });

  it('answers other for a message that names no filter, quoting it', () => {
    expect(spotFilterFailure(spot('Market is closed.'))).toEqual({ value: 'other', because: 'the message “Market is closed.” names no filter' });
  });

  it('stays silent without a message or on the bare INVALID_MESSAGE', () => {
    expect(spotFilterFailure(spot(null))).toBeUndefined();
    expect(spotFilterFailure(spot('  '))).toBeUndefined();
    expect(spotFilterFailure(spot('INVALID_MESSAGE'))).toBeUndefined();
  });
});
