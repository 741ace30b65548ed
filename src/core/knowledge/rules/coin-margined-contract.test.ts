import { describe, expect, it } from 'vitest';
import { coinMarginedContract } from './coin-margined-contract';
import { ruleContext } from './testing';

const different = { value: 'different', because: 'COIN-M contracts are margined in the coin itself, not in USDT' };

describe('coinMarginedContract', () => {
  it('sees COIN-M from the finding, the evidence or the symbol', () => {
    expect(coinMarginedContract(ruleContext({ code: -2019, product: 'coinm' }))).toEqual(different);
    expect(coinMarginedContract(ruleContext({ code: -2019 }, { product: 'coinm' }))).toEqual(different);
    expect(coinMarginedContract(ruleContext({ code: -2019 }, { params: { symbol: 'btcusd_perp' } }))).toEqual(different);
  });
  it('stays silent for a USD-M symbol', () => {
    expect(coinMarginedContract(ruleContext({ code: -2019 }, { product: 'usdm', params: { symbol: 'BTCUSDT' } }))).toBeUndefined();
  });
});
