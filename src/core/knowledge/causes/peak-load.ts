/** Cause shared by several errors: A market-wide rush (volatility, news, liquidation cascades) */
import { backOffSendFewerRequestsFix } from '../fixes/back-off-send-fewer-requests';
import type { Cause } from '../types';

export const peakLoadCause: Cause = {
  id: 'peak-load',
  title: 'A market-wide rush (volatility, news, liquidation cascades)',
  why: 'At peaks the backend sheds work and some requests come back with this error; many users see it at once.',
  fixes: [backOffSendFewerRequestsFix],
};
