import { describe, expect, it } from 'vitest';
import { closePositionSent } from './close-position-sent';
import { ruleContext } from './testing';

describe('closePositionSent', () => {
  it('reads closePosition from the request', () => {
    expect(closePositionSent(ruleContext({ code: -1106 }, { params: { closePosition: 'True' } }))).toEqual({ value: 'yes', because: 'your request carried closePosition=True' });
    expect(closePositionSent(ruleContext({ code: -1106 }, { params: { closePosition: 'false' } }))?.value).toBe('no');
  });
  it('stays silent when the request does not show it', () => {
    expect(closePositionSent(ruleContext({ code: -1106 }))).toBeUndefined();
  });
});
