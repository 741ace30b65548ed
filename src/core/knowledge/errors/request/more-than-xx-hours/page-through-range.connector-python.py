import os
from binance.um_futures import UMFutures

um = UMFutures(key=os.environ["API_KEY"], secret=os.environ["API_SECRET"])
DAY = 24 * 3600 * 1000
end = um.time()["serverTime"]
start, trades = end - 30 * DAY, []
while start < end:
    stop = min(start + 7 * DAY - 1, end)
    trades += um.get_account_trades(symbol="{{symbol}}", startTime=start, endTime=stop)
    start = stop + 1
