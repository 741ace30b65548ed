/**
 * Knowledge of the SAPI withdrawal-record refusals: sapi:-4029 CAPITAL_WITHDRAW_NOT_EXIST,
 * -4031 CAPITAL_WITHDRAW_CANCEL_FAILURE and -4047 CAPITAL_DATE_INTERVAL_LIMIT.
 */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:-4029', 'sapi:-4031', 'sapi:-4047'],
  meaning:
    'A request about existing withdrawals or deposits was refused: the withdrawal record it names was not found (-4029), cancelling a withdrawal failed (-4031), or the history query spans more than the allowed 0–90 days (-4047). The refused request changed nothing — but a withdrawal whose cancellation failed goes ahead, and one whose record was not found may still exist under another id or time.',
  retry: {
    verdict: 'query-order-first',
    outcome: 'rejected',
    advice: 'This request changed nothing. Before anything else, find the withdrawal in GET /sapi/v1/capital/withdraw/history with a window of at most 90 days (7 days when you filter by withdrawOrderId): a failed cancellation leaves it going ahead, and a record “not found” by one query may show up in another. Never send a withdrawal again because a lookup came back empty.',
  },
  causes: [
    {
      id: 'history-window-too-wide',
      title: 'The query window is wider than the endpoint allows (-4047)',
      why: 'The withdrawal and deposit history endpoints answer for at most 90 days per query, and only 7 days when a withdrawOrderId is given. A startTime far in the past, or a default endTime of now with an old startTime, goes over it.',
      fixes: [
        {
          title: 'Walk the history in windows',
          steps: [
            'Send startTime and endTime in milliseconds no more than 90 days apart (7 days with withdrawOrderId) to GET /sapi/v1/capital/withdraw/history or GET /sapi/v1/capital/deposit/hisrec.',
            'To read older history, step the window back one period at a time.',
          ],
        },
      ],
    },
    {
      id: 'record-id-mismatch',
      title: 'The id or time used to find the withdrawal does not match it (-4029)',
      why: 'The id returned by POST /sapi/v1/capital/withdraw/apply, your own withdrawOrderId and the on-chain txId are different things; a lookup with the wrong one, with another account’s key, or outside the time window finds nothing.',
      fixes: [
        {
          title: 'Look it up by what you sent',
          steps: [
            'Query GET /sapi/v1/capital/withdraw/history with idList set to the id the apply call returned, or with withdrawOrderId and a window of at most 7 days around the time you sent it.',
            'Use the key of the same account (a sub-account’s withdrawals are not in the main account’s history).',
          ],
        },
      ],
    },
    {
      id: 'withdrawal-past-cancel',
      title: 'The withdrawal can no longer be cancelled (-4031)',
      why: 'A withdrawal can only be cancelled while it waits (for e-mail confirmation or review); once Binance is processing it or it is on chain, cancelling fails.',
      fixes: [
        {
          title: 'Check its status and plan for it arriving',
          steps: [
            'Read its status in GET /sapi/v1/capital/withdraw/history (4 processing, 6 completed; 1 cancelled, 3 rejected, 5 failed).',
            'If it is processing or completed, treat the funds as sent; contact the recipient if they should come back.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
