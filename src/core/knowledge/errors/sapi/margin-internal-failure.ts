/** Knowledge of sapi:-3000 INNER_FAILURE ("Internal server error." on a SAPI endpoint). */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:-3000'],
  meaning:
    'A margin or wallet endpoint (/sapi/…) failed inside Binance before it could give a proper answer. For a read nothing happened; for a borrow, repayment, transfer or order Binance does not say whether it was carried out.',
  retry: {
    verdict: 'query-order-first',
    outcome: 'unknown',
    advice:
      'Do not resend a borrow, repayment, transfer or order blindly: first look it up in its history — it may have gone through. If it is not there, send it again after a short pause. A read can simply be retried after a few seconds.',
  },
  causes: [
    {
      id: 'sapi-transient-failure',
      title: 'A passing failure on Binance’s side',
      why: 'An internal service behind the SAPI endpoint timed out or failed for a moment (often under load). The same request usually works a little later.',
      fixes: [
        {
          title: 'Check the history, then retry once',
          steps: [
            'Borrow or repay: GET /sapi/v1/margin/borrow-repay (type BORROW or REPAY, with startTime around the attempt).',
            'Transfer: GET /sapi/v1/margin/transfer, or GET /sapi/v1/asset/transfer for universal transfers.',
            'Margin order: GET /sapi/v1/margin/order with the origClientOrderId you sent.',
            'Only if it is not there, resend after a few seconds; for a read, just retry with a growing pause.',
          ],
        },
      ],
    },
    {
      id: 'sapi-maintenance',
      title: 'Margin or wallet maintenance',
      why: 'During upgrades of the margin or wallet systems Binance answers some or all SAPI requests with internal errors until the work ends.',
      fixes: [
        {
          title: 'Wait for the maintenance to end',
          steps: [
            'Check GET /sapi/v1/system/status and Binance’s announcements for scheduled margin or wallet maintenance.',
            'Pause the bot’s margin operations until it ends, then reconcile balances and orders before resuming.',
          ],
        },
      ],
    },
    {
      id: 'sapi-unusual-request',
      title: 'A request the service cannot handle',
      why: 'If the same request fails every time while others work, something in it trips the service: an asset or pair being delisted from margin, an isolated pair that is not enabled, or parameters from an older version of the endpoint.',
      fixes: [
        {
          title: 'Vary the request to find the part that fails',
          steps: [
            'Compare the parameters with the endpoint’s current documentation (e.g. isIsolated and symbol for isolated margin).',
            'Check that the asset and pair are still offered: GET /sapi/v1/margin/allAssets, GET /sapi/v1/margin/allPairs, GET /sapi/v1/margin/delist-schedule.',
            'If it keeps failing, report it to Binance support with the request and the time it failed.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
