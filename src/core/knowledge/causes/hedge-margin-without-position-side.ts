/** Cause shared by -4054 and -4051: a position-margin change without positionSide in Hedge Mode */
import { snippetSet } from '../snippet-set';
import type { Cause } from '../types';

export const hedgeMarginWithoutPositionSideCause: Cause = {
  id: 'hedge-margin-without-position-side',
  title: 'Hedge Mode: the margin change did not say which side (positionSide)',
  why: 'In Hedge Mode a symbol has two positions, LONG and SHORT. A margin change (POST /fapi/v1/positionMargin, COIN-M /dapi/v1/positionMargin) sent without positionSide addresses BOTH, the one-way slot, which is empty: adding margin then reports a position of 0 (-4054) and removing it reports too little isolated balance (-4051), although your position is open. Some library methods have no positionSide argument at all.',
  fixes: [
    {
      title: 'Send positionSide with every margin change in Hedge Mode',
      steps: [
        'Read the mode once at start-up: GET /fapi/v1/positionSide/dual (COIN-M /dapi/v1/positionSide/dual) — dualSidePosition=true is Hedge Mode.',
        'In Hedge Mode send positionSide=LONG or SHORT, the side whose isolated margin you change; in One-way Mode leave it out or send BOTH.',
        'If your library’s method has no positionSide argument, pass it as an extra parameter or upgrade the library.',
      ],
      confirm: { method: 'GET', path: '/fapi/v3/positionRisk', look: 'positionSide and positionAmt of the symbol: the side you change must be the one with a non-zero positionAmt' },
      snippets: snippetSet('snippets/margin-with-position-side', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT:USDT' }),
    },
  ],
};
