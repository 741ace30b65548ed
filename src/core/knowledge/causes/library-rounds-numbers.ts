/** Cause shared by several errors: the library rounds or formats the numbers itself, and gets it wrong */
import { upgradeLibraryNumberFormattingFix } from '../fixes/upgrade-library-number-formatting';
import type { Cause } from '../types';

export const libraryRoundsNumbersCause: Cause = {
  id: 'library-rounds-numbers',
  title: 'The library rounds or formats the numbers itself, and gets it wrong',
  why: 'Some libraries do not send the value you pass. With an option on they round it to the symbol’s rules for you (Binance.Net’s TradeRulesBehaviour.AutoComply), and some format every number themselves: a fixed eight decimals, or a float printed with its binary tail so that 1.7 goes out as 1.69999999999999. When a release skips that rounding (Binance.Net 8.0.0 did not apply AutoComply; older releases did not check OCO orders), rounds with trade rules that are stale or the wrong ones, or pads decimals the symbol does not allow, the request carries a value your code never made.',
  fixes: [
    upgradeLibraryNumberFormattingFix,
    {
      title: 'Turn the library’s automatic rounding off and round in your own code',
      steps: [
        'Switch the adjustment off (in Binance.Net set TradeRulesBehaviour to None) so the library sends what you pass.',
        'Read LOT_SIZE.stepSize and PRICE_FILTER.tickSize from exchangeInfo yourself, refresh them regularly, and round down onto the grid with decimal maths.',
        'Send the rounded values as plain decimal strings.',
        'If you keep the option on, make it refresh the rules it caches (Binance.Net: TradeRulesUpdateInterval) so that a changed tickSize or stepSize is picked up.',
      ],
    },
  ],
};
