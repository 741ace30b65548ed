/** Knowledge of sapi:-7001 FUTURES_BAD_DATA_RANGE and -7002 FUTURES_BAD_TYPE (futures historical data download, GET /sapi/v1/futures/histDataLink). */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:-7001', 'sapi:-7002'],
  meaning:
    'A request to the SAPI futures-data service — in practice the historical order-book download link, GET /sapi/v1/futures/histDataLink — asked for a date range the service does not serve (-7001) or a data type it does not know (-7002). No link was produced.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was produced. Resending the same range or type fails the same way: ask for at most 7 days of a period the service holds, with dataType T_DEPTH or S_DEPTH.',
  },
  causes: [
    {
      id: 'hist-data-range',
      title: 'The date range is too long, reversed or outside the data held (-7001)',
      why: 'startTime and endTime may be at most 7 days apart, must be in milliseconds with start before end, and must fall in the period the service has files for — data after 2024-11-01 is not offered there.',
      fixes: [
        {
          title: 'Ask for up to 7 days of available data',
          steps: [
            'Send startTime and endTime in milliseconds, at most 7 days apart, and loop over 7-day windows for longer periods.',
            'For recent periods use Binance’s public data downloads (data.binance.vision) instead of this endpoint.',
          ],
        },
      ],
    },
    {
      id: 'hist-data-type',
      title: 'The dataType is not one the endpoint knows (-7002)',
      why: 'The endpoint serves T_DEPTH (tick-level order book) and S_DEPTH (order-book snapshots) only; other values, lower case, or a symbol of the wrong form (it wants BTCUSDT or BTCUSD_PERP) are refused.',
      fixes: [
        {
          title: 'Send a supported type',
          steps: ['Send dataType=T_DEPTH or dataType=S_DEPTH exactly, with an exchange symbol such as BTCUSDT.'],
        },
      ],
    },
    {
      id: 'hist-data-access',
      title: 'The account is not entitled to the historical-data service',
      why: 'The download links are offered to VIP users (historically after an application); other accounts do not get data from it, whatever the range.',
      fixes: [
        {
          title: 'Check access, or use public data',
          steps: ['Confirm with Binance that your account has access, or use the public downloads on data.binance.vision.'],
        },
      ],
    },
  ],
};

export default knowledge;
