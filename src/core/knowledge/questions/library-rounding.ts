/** Question shared by several errors: Who rounds the quantity and price to the symbol’s rules before they are sent? */
import type { Option, Question } from '../types';

/** The question, with what "the library does" ranks and where "my own code" leads in the asking tree. */
export const libraryRoundingQuestion = (library: string[], own: Pick<Option, 'next' | 'ranks'>): Question => ({
  id: 'rounding',
  text: 'Who rounds the quantity and price to the symbol’s rules before they are sent?',
  help: 'Some libraries round them for you when an option is on, such as Binance.Net’s TradeRulesBehaviour.AutoComply.',
  options: [
    { value: 'library', label: 'The library, with an automatic rounding option', ranks: library },
    { value: 'own', label: 'My own code, or nothing rounds them', ...own },
  ],
});
