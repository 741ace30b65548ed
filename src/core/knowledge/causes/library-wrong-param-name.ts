/** Cause shared by several errors: the client library sends a parameter under the wrong name, or leaves it out */
import { callMethodDocumentedArgumentsFix } from '../fixes/call-method-documented-arguments';
import { pinLastWorkingLibraryVersionFix } from '../fixes/pin-last-working-library-version';
import type { Cause } from '../types';

export const libraryWrongParamNameCause: Cause = {
  id: 'library-wrong-param-name',
  title: 'The client library sends the parameter under the wrong name, or leaves it out',
  why: 'You set the value, but the wrapper method maps it to a key the endpoint does not know, or drops it. Binance then reports the real name as missing (-1102) or counts the invented one as sent but never read (-1104). It happens after a release changes a method (Binance.Net 8.1.0–8.1.1 stopped sending quoteOrderQty on Spot market orders, fixed in 8.1.2; before 6.9.1 it sent the BSwap quote amount under the wrong name; an early node-binance-api depth() sent depth= instead of limit=), and when a method is called with arguments it does not take, such as another library’s names or an options array where it now takes a plain value.',
  fixes: [
    {
      title: 'Compare the request the library sent with the endpoint page',
      steps: [
        'Turn on the library’s debug or request logging and read the exact query string or body it sent.',
        'Compare every parameter name, letter by letter and case included, with the official endpoint page.',
        'If the library renamed or invented a field, upgrade it (read its changelog for the method you call) or report it to its maintainers.',
        'Until a fixed release is out, call the endpoint through the library’s raw or signed-request method with the documented names.',
      ],
    },
    callMethodDocumentedArgumentsFix,
    pinLastWorkingLibraryVersionFix,
  ],
};
