/** Cause shared by several errors: A library or wrapper resent the order automatically */
import { alwaysSendOwnClientOrderFix } from '../fixes/always-send-own-client-order';
import type { Cause } from '../types';

export const autoRetryCause: Cause = {
  id: 'auto-retry',
  title: 'A library or wrapper resent the order automatically',
  why: 'Generic retry-on-timeout code (for example catching ccxt NetworkError) resends with a new client order id, so if the first copy went through you now have two.',
  fixes: [alwaysSendOwnClientOrderFix],
};
