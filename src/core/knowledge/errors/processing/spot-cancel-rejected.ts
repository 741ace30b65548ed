/** Knowledge of spot:-2011 CANCEL_REJECTED. */
import { snippetSet } from '../../snippet-set';
import { spotCancelReason } from '../../rules/spot-cancel-reason';
import { libraryCancelParamsBugCause } from '../../causes/library-cancel-params-bug';
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-2011'],
  meaning: 'Binance refused to cancel the Spot order. The message says why: most often "Unknown order sent." (no open order with that id), sometimes cancel restrictions or an account block.',
  retry: {
    verdict: 'query-order-first',
    outcome: 'no-change',
    advice: 'Do not repeat the cancel. Look the order up to learn its final state (it may have filled) and fix the id, symbol or restriction if that was the problem.',
  },
  causes: [
    {
      id: 'unknown-order',
      title: 'No open order with that id on that symbol',
      why: '"Unknown order sent." The order already filled, was cancelled or expired, or the id / symbol is not the one it was placed with.',
      fixes: [
        {
          title: 'Look it up, then cancel only if open',
          steps: [
            'GET /api/v3/order with orderId or origClientOrderId on the same symbol.',
            'If it is FILLED/CANCELED/EXPIRED, there is nothing to cancel: update your records.',
          ],
          snippets: snippetSet('snippets/look-up-cancel-only', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT' }),
        },
      ],
    },
    {
      id: 'cancel-restrictions',
      title: 'cancelRestrictions did not match the order’s status',
      why: '"Order was not canceled due to cancel restrictions." You sent ONLY_NEW but the order was partly filled, or ONLY_PARTIALLY_FILLED but it was still NEW.',
      fixes: [
        {
          title: 'Match or drop the restriction',
          steps: ['Read the order’s status first, or leave cancelRestrictions out.'],
          snippets: snippetSet('snippets/look-up-cancel-only', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT' }),
        },
      ],
    },
    {
      id: 'no-id',
      title: 'No order id was sent',
      why: '"Cancel order is invalid. Check origClOrdId and orderId." Neither orderId nor origClientOrderId reached Binance (often an empty variable).',
      fixes: [
        {
          title: 'Send one of the ids',
          steps: ['Pass orderId or origClientOrderId, and skip the cancel when you have neither.'],
          snippets: snippetSet('snippets/look-up-cancel-only', { symbol: 'BTCUSDT', ccxtSymbol: 'BTC/USDT' }),
        },
      ],
    },
    {
      id: 'account-restricted',
      title: 'The account may not cancel orders',
      why: '"This account may not place or cancel orders." The account’s trading ability is disabled.',
      fixes: [
        {
          title: 'Contact Binance support',
          steps: ['Check canTrade in GET /api/v3/account; only support can lift the block.'],
          snippets: snippetSet('snippets/check-account-permissions-contact'),
        },
      ],
    },
    libraryCancelParamsBugCause,
  ],
  tree: {
    start: 'msg',
    questions: [
      {
        id: 'msg',
        text: 'What does the message say?',
        options: [
          { value: 'unknown', label: '"Unknown order sent."', next: 'status' },
          { value: 'restrictions', label: '"Order was not canceled due to cancel restrictions."', ranks: ['cancel-restrictions'] },
          { value: 'no-id', label: '"Cancel order is invalid. Check origClOrdId and orderId."', ranks: ['no-id'] },
          { value: 'account', label: '"This account may not place or cancel orders."', ranks: ['account-restricted'] },
          { value: 'other', label: 'Only "CANCEL_REJECTED"', ranks: ['unknown-order', 'cancel-restrictions'] },
        ],
        auto: spotCancelReason,
      },
      {
        id: 'status',
        text: 'What does a lookup of that order (GET /api/v3/order, same symbol and id) return?',
        options: [
          { value: 'final', label: 'FILLED, CANCELED or EXPIRED', ranks: ['unknown-order'] },
          { value: 'open', label: 'NEW or PARTIALLY_FILLED: it is still open', ranks: ['library-cancel-params-bug', 'unknown-order'] },
          { value: 'missing', label: '"Order does not exist." (-2013)', ranks: ['unknown-order', 'no-id'] },
          { value: 'not-checked', label: 'I have not checked', ranks: ['unknown-order', 'library-cancel-params-bug'] },
        ],
      },
    ],
  },
};

export default knowledge;
