import os
import ccxt

ex = ccxt.binanceusdm({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})
DAY = 24 * 3600 * 1000
since, end, out = ex.milliseconds() - 30 * DAY, ex.milliseconds(), []
while since < end:
    out += ex.fetch_my_trades("{{ccxtSymbol}}", since, None, {"endTime": min(since + 7 * DAY - 1, end)})
    since += 7 * DAY
