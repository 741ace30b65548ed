/** Cause shared by several errors: the request used GET where the endpoint wants POST (or the reverse) */
import type { Cause } from '../types';

export const wrongHttpMethodCause: Cause = {
  id: 'wrong-http-method',
  title: 'The request used GET where the endpoint wants POST (or the reverse)',
  why: 'One path can mean different operations by method: GET on an order path is "query order", POST is "new order". Sent with the wrong method, Binance runs the other operation, reads only its few parameters and reports the rest as unread (-1104) or the ones it needs as missing (-1102). Hand-written HTTP code and wrapper methods with a wrong method both do this.',
  fixes: [
    {
      title: 'Send each call with the method the endpoint page gives',
      steps: [
        'Look the endpoint up in the official documentation and note its method (new order and most changes are POST, lookups are GET, cancels are DELETE).',
        'Check the method in your logged request; in your own HTTP code make the method part of each endpoint’s definition.',
        'If a library method uses the wrong one, upgrade it or use its raw request with the right method.',
      ],
    },
  ],
};
