/** Example pastes to try, shaped like real ones (anonymised), each named by what it shows. */
export const EXAMPLES: { label: string; text: string }[] = [
  {
    label: 'Not enough margin (-2019)',
    text: `Traceback (most recent call last):
  File "bot.py", line 88, in place_order
    order = client.futures_create_order(symbol="BTCUSDT", side="BUY", type="MARKET", quantity=0.05, positionSide="BOTH")
  File "/usr/lib/python3/site-packages/binance/client.py", line 7064, in futures_create_order
    return self._request_futures_api("post", "order", True, data=params)
binance.exceptions.BinanceAPIException: APIError(code=-2019): Margin is insufficient.`,
  },
  {
    label: 'Clock ahead of Binance (-1021)',
    text: `ccxt.base.errors.InvalidNonce: binanceusdm {"code":-1021,"msg":"Timestamp for this request is outside of the recvWindow."}`,
  },
  {
    label: 'IP banned (-1003)',
    text: `HTTP/1.1 418
{"code":-1003,"msg":"Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans."}`,
  },
  {
    label: 'Order size off the lot step (-1013)',
    text: `POST https://api.binance.com/api/v3/order
{"code":-1013,"msg":"Filter failure: LOT_SIZE"}`,
  },
  {
    label: 'Bot log: 3 errors',
    text: `2026-03-01 09:00:00 INFO starting bot on fapi
2026-03-01 09:00:01 WARNING {"code":-4046,"msg":"No need to change margin type."}
2026-03-01 09:00:02 INFO POST /fapi/v1/order symbol=ETHUSDT&side=SELL&type=LIMIT&positionSide=BOTH&reduceOnly=true&quantity=0.5&price=3100
2026-03-01 09:00:02 ERROR binance.error.ClientError: (400, -2022, 'ReduceOnly Order is rejected.', {})
2026-03-01 09:00:09 ERROR HTTP 503 {"code":-1007,"msg":"Timeout waiting for response from backend server. Send status unknown; execution status unknown."}`,
  },
];
