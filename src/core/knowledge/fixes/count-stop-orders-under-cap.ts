/** Fix shared by several errors: Count the open stop orders and stay under the cap */
import type { Fix } from '../types';

export const countStopOrdersUnderCapFix: Fix = {
  title: 'Count the open stop orders and stay under the cap',
  steps: [
    'Read the symbol’s MAX_NUM_ALGO_ORDERS filter from exchangeInfo (on Spot usually 5 per symbol; the stop leg of an OCO counts too).',
    'List the open orders of the symbol and count the stop / take-profit ones (on USD-M since 2025-12-09 they are listed as open algo orders).',
    'Cancel stale ones before placing another, or replace an order instead of adding one; combine protection into fewer orders.',
  ],
};
