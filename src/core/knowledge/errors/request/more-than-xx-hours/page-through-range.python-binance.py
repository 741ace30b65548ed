import os
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])
DAY = 24 * 3600 * 1000
end = client.futures_time()["serverTime"]
start = end - 30 * DAY
trades = []
while start < end:  # /fapi/v1/userTrades: at most 7 days per call
    stop = min(start + 7 * DAY - 1, end)
    trades += client.futures_account_trades(symbol="{{symbol}}", startTime=start, endTime=stop)
    start = stop + 1
