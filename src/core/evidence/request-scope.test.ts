import { describe, expect, it } from 'vitest';
import { errorBlock, linesAround, proximity, scopeWithin, type LineRole } from './request-scope';

/** errorBlock over numbered lines (1-based). */
const blockIn = (lines: string[], line: number) =>
  errorBlock(
    line,
    (k) => lines[line - 1 - k],
    (k) => lines[line - 1 + k],
  );

const TRACEBACK = [
  '2024-05-01 12:00:00 INFO placing order BTCUSDT quantity=0.001', // 1: the request logged before the traceback
  'Traceback (most recent call last):',
  '  File "bot.py", line 42, in <module>',
  "    order = client.futures_create_order(symbol='BTCUSDT', side='BUY', type='MARKET', quantity=0.001)",
  '  File "/usr/lib/python3/site-packages/binance/client.py", line 6000, in futures_create_order',
  "    return self._request_futures_api('post', 'order', True, data=params)",
  'binance.exceptions.BinanceAPIException: APIError(code=-4003): Quantity less than zero.', // 7
  '2024-05-01 12:00:01 INFO retrying',
];

describe('errorBlock', () => {
  it('takes a Python traceback above its exception, with the line logged just before it', () => {
    expect(blockIn(TRACEBACK, 7)).toEqual({ from: 1, to: 7 });
  });

  it('follows chained exceptions to the first traceback', () => {
    const lines = [
      'calling the API',
      'Traceback (most recent call last):',
      '  File "x.py", line 1, in f',
      'requests.exceptions.HTTPError: 400 Client Error: Bad Request for url: https://eapi.binance.com/eapi/v1/order',
      '',
      'During handling of the above exception, another exception occurred:',
      '',
      'Traceback (most recent call last):',
      '  File "x.py", line 9, in g',
      'ccxt.base.errors.BadRequest: binance {"code":-1130,"msg":"Invalid data sent for a parameter."}',
    ];
    expect(blockIn(lines, 10)).toEqual({ from: 1, to: 10 });
  });

  it('takes the stack frames below a Java, JavaScript or PHP error', () => {
    const lines = [
      'Exception in thread "main" com.binance.connector.client.exceptions.BinanceClientException: {"code":-4104,"msg":"…"}',
      '\tat com.binance.connector.client.utils.ResponseHandler.handleErrorResponse(ResponseHandler.java:77)',
      '\tat com.binance.connector.client.impl.spot.Wallet.withdraw(Wallet.java:169)',
      '',
      'String path = "/sapi/v1/capital/withdraw/apply";',
    ];
    expect(blockIn(lines, 1)).toEqual({ from: 1, to: 3 });
  });

  it('is the error line alone where nothing belongs to it', () => {
    expect(blockIn(['GET /fapi/v1/ticker/price 200 OK', '{"code":-1021,"msg":"…"}', 'next'], 2)).toEqual({ from: 2, to: 2 });
  });
});

describe('scopeWithin and proximity', () => {
  it('ends the segment at another error or a request that succeeded, and before it at the nearest request line', () => {
    const roles: Record<number, LineRole> = { 3: 'error', 6: 'request', 8: 'done', 9: 'request', 12: 'done' };
    const scope = scopeWithin(10, { from: 10, to: 10 }, 1, 14, (ln) => roles[ln] ?? null);
    expect(scope).toMatchObject({ from: 9, to: 14, others: new Set([12]) });
    // A request that succeeded in between (a poll) is not this error's, and does not end its segment.
    const polled = scopeWithin(10, { from: 10, to: 10 }, 1, 14, (ln) => (ln === 9 ? 'done' : (roles[ln] ?? null)));
    expect(polled).toMatchObject({ from: 6, others: new Set([8, 9, 12]) });
    const noRequest = scopeWithin(10, { from: 10, to: 10 }, 1, 14, (ln) => (ln === 3 || ln === 12 ? 'error' : null));
    expect(noRequest).toMatchObject({ from: 4, to: 11 });
  });

  it('weighs the error’s own line most, its block next, nearer lines before it above lines after it, and little beyond', () => {
    const scope = { line: 10, blockFrom: 5, blockTo: 11, from: 2, to: 14, others: new Set([13]) };
    expect(proximity(scope, 10)).toBeGreaterThan(proximity(scope, 6));
    expect(proximity(scope, 6)).toBe(1);
    expect(proximity(scope, 4)).toBeGreaterThan(proximity(scope, 2));
    expect(proximity(scope, 4)).toBeGreaterThan(proximity(scope, 12));
    expect(proximity(scope, 1)).toBeLessThan(proximity(scope, 14));
    expect(proximity(scope, 13)).toBe(proximity(scope, 1));
  });
});

describe('linesAround', () => {
  it('walks out from a line in both directions, one line at a time', () => {
    const text = 'one\ntwo\r\nthree\nfour';
    const { before, after } = linesAround(text, text.indexOf('three'));
    expect([before(1), before(2), before(3)]).toEqual(['two', 'one', undefined]);
    expect([after(1), after(2)]).toEqual(['four', undefined]);
  });
});
