import { describe, expect, it } from 'vitest';
import { malformedRequestValue } from './malformed-request-value';
import { ruleContext } from './testing';

describe('malformedRequestValue', () => {
  it('answers number for an exponent, comma or space in a number', () => {
    expect(malformedRequestValue(ruleContext({}, { params: { symbol: 'BTCUSDT', quantity: '1e-05' } }))).toEqual({ value: 'number', because: 'your request carried quantity=1e-05' });
    expect(malformedRequestValue(ruleContext({}, { params: { price: '64,321.5' } }))).toEqual({ value: 'number', because: 'your request carried price=64,321.5' });
    expect(malformedRequestValue(ruleContext({}, { params: { stopPrice: '58000 ' } }))?.because).toBe('your request carried stopPrice=58000 ');
  });

  it('answers client-id for an id off the allowed pattern', () => {
    expect(malformedRequestValue(ruleContext({}, { params: { newClientOrderId: 'my bot #1' } }))).toEqual({ value: 'client-id', because: 'newClientOrderId=my bot #1 breaks the allowed pattern' });
  });

  it('answers symbol for a unified or separated symbol', () => {
    expect(malformedRequestValue(ruleContext({}, { params: { symbol: 'BTC/USDT:USDT', quantity: '0.01' } }))).toEqual({ value: 'symbol', because: 'your request carried symbol=BTC/USDT:USDT' });
  });

  it('is undefined when every value looks fine', () => {
    expect(malformedRequestValue(ruleContext({}, { params: { symbol: 'BTCUSDT', quantity: '0.01', price: '64321.5', newClientOrderId: 'bot-1a2b3c' } }))).toBeUndefined();
    expect(malformedRequestValue(ruleContext())).toBeUndefined();
  });
});
