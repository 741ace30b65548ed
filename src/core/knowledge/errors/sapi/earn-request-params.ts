/**
 * Knowledge of sapi:-6016 PARAMS_ERR ("Parameter err") and sapi:-6015 EMPTY_REQUEST_BODY, which the savings,
 * Simple Earn and older wallet services (e.g. /sapi/v1/futures/transfer) answer to a malformed request.
 */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:-6016', 'sapi:-6015'],
  meaning:
    'The service behind the endpoint (Simple Earn, the old savings endpoints, and older wallet endpoints such as /sapi/v1/futures/transfer) could not use the parameters it received: one is missing, has a value it does not accept, or belongs to another call (-6016 “Parameter err”), or the request arrived with no parameters at all (-6015 “Empty request body”). Nothing was subscribed, redeemed or transferred.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was done. Resending the same request fails the same way: compare the method, path and parameters with the endpoint’s documentation, fix the one that does not fit, then send again.',
  },
  causes: [
    {
      id: 'write-sent-as-get',
      title: 'A transfer or subscription was sent as GET to the endpoint’s history query',
      why: 'Several SAPI paths mean two things: GET reads the history, POST performs the action. GET /sapi/v1/futures/transfer lists past transfers and wants asset and startTime, so sending the transfer’s asset, amount and type as a GET (ccxt’s sapi_get_futures_transfer instead of sapi_post_futures_transfer) is a malformed history query — and no transfer is made.',
      fixes: [
        {
          title: 'Use POST for the action, GET only for the history',
          steps: [
            'Send transfers between Spot and futures wallets as POST /sapi/v1/asset/transfer (type MAIN_UMFUTURE, UMFUTURE_MAIN, MAIN_CMFUTURE or CMFUTURE_MAIN), or as POST /sapi/v1/futures/transfer with asset, amount and type on the older route.',
            'In ccxt call binance.transfer(code, amount, fromAccount, toAccount) or the sapi_post_… method; in python-binance use make_universal_transfer (or futures_account_transfer), not the history call transfer_history.',
            'Check the outcome with GET /sapi/v1/asset/transfer (type=MAIN_UMFUTURE) before sending again, so a transfer that did go through is not repeated.',
          ],
        },
      ],
    },
    {
      id: 'earn-param-value-invalid',
      title: 'A parameter is missing or has a value the endpoint does not accept',
      why: 'These services check parameters themselves and answer every failure with the same “Parameter err”: a productId sent to a locked endpoint (it wants projectId), an amount that is not a positive decimal, a type or sourceAccount outside its list, a time range longer than the endpoint allows, or a required field left out by an outdated library.',
      fixes: [
        {
          title: 'Check every parameter against the endpoint',
          steps: [
            'Print the exact query string or body your code sends and compare it, field by field, with the endpoint’s documented parameters (names are case-sensitive).',
            'Send amounts as plain decimal strings (10.5, not 1.05e1), enum values exactly as listed, and keep time ranges within the documented maximum.',
            'Update the library if it still builds the request for an older version of the endpoint.',
          ],
        },
      ],
    },
    {
      id: 'params-not-delivered',
      title: 'The parameters never reached Binance (empty body, JSON body, wrong place)',
      why: 'SAPI endpoints read parameters from the query string or a form-encoded body. A POST whose parameters are sent as JSON, dropped by a custom HTTP wrapper, or placed after the signature arrives empty (-6015) or without the required fields (-6016).',
      fixes: [
        {
          title: 'Send parameters form-encoded or in the query string',
          steps: [
            'Send POST parameters as application/x-www-form-urlencoded (or all in the query string), never as a JSON body.',
            'Sign exactly the string you send, with signature as the last parameter, and log the final request to confirm the fields are in it.',
          ],
        },
      ],
    },
  ],
  tree: {
    start: 'method',
    questions: [
      {
        id: 'method',
        text: 'Which HTTP method did the failing request use, and was it meant to move funds (a transfer, subscription or redemption)?',
        help: 'Look at the request line in your log (GET https://api.binance.com/sapi/…) or at the library method’s name (sapi_get_… vs sapi_post_…).',
        options: [
          { value: 'get-write', label: 'GET, although it was meant to transfer, subscribe or redeem', ranks: ['write-sent-as-get', 'earn-param-value-invalid'] },
          { value: 'post', label: 'POST (or GET for a history query, as intended)', next: 'body' },
          { value: 'not-sure', label: 'Not sure', ranks: ['earn-param-value-invalid', 'write-sent-as-get', 'params-not-delivered'] },
        ],
      },
      {
        id: 'body',
        text: 'How does your code send the parameters?',
        options: [
          { value: 'json', label: 'As a JSON body, or through my own HTTP wrapper', ranks: ['params-not-delivered', 'earn-param-value-invalid'] },
          { value: 'library', label: 'In the query string or form-encoded (a standard library does this)', ranks: ['earn-param-value-invalid', 'params-not-delivered'] },
          { value: 'not-sure', label: 'Not sure', ranks: ['earn-param-value-invalid', 'params-not-delivered'] },
        ],
      },
    ],
  },
};

export default knowledge;
