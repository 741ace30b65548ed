/** Fix shared by several errors: Stop using the legacy options call */
import type { Fix } from '../types';

export const stopUsingLegacyOptionsCallFix: Fix = {
  title: 'Stop using the legacy options call',
  steps: [
    'Find which endpoint returned it (the URL in your log).',
    'Remove the call, or move to the European Options API (eapi.binance.com) if you trade options.',
  ],
};
