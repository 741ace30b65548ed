/** Fix shared by several errors: Call the library method with its own documented arguments */
import type { Fix } from '../types';

export const callMethodDocumentedArgumentsFix: Fix = {
  title: 'Call the library method with its own documented arguments',
  steps: [
    'Read the signature of the method in the documentation (or source) of the library version you have installed, not in an example written for another library or an older release.',
    'Pass each value under the name that library uses: python-binance takes quantity=…, not ccxt’s amount=… or a params dict; ccxt takes symbol, type, side, amount, price and then a params dict for the extra Binance fields.',
    'Pass a plain value where the method wants one: a list, dict or array given in its place is written into the request as text (limit[limit]=10, params={…}), which Binance refuses as an unread parameter or, on signed calls, as a bad signature.',
    'After upgrading the library, read its changelog for methods whose arguments changed.',
  ],
};
