import { describe, expect, it } from 'vitest';
import { sentPositionSide } from './sent-position-side';
import { ruleContext } from './testing';

describe('sentPositionSide', () => {
  it('sees positionSide=BOTH', () => {
    expect(sentPositionSide(ruleContext({}, { params: { side: 'BUY', positionSide: 'BOTH' } }))).toEqual({ value: 'none', because: 'your request carried positionSide=BOTH' });
  });
  it('sees LONG or SHORT', () => {
    const a = sentPositionSide(ruleContext({ code: -4061 }, { params: { side: 'SELL', positionSide: 'SHORT' } }));
    expect(a?.value).toBe('longshort');
    expect(a?.because).toContain('positionSide=SHORT');
  });
  it('reads an order without positionSide as none', () => {
    const a = sentPositionSide(ruleContext({ code: -4061 }, { params: { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.01' } }));
    expect(a).toEqual({ value: 'none', because: 'your request shows side/type but no positionSide' });
  });
  it('stays silent without order parameters or with an odd value', () => {
    expect(sentPositionSide(ruleContext({}, { params: { symbol: 'BTCUSDT' } }))).toBeUndefined();
    expect(sentPositionSide(ruleContext({}, { params: { side: 'BUY', positionSide: 'long' } }))).toBeUndefined();
  });
});
