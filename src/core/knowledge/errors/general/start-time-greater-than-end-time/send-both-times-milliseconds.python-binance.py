import time
import os
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])

end = int(time.time() * 1000)
start = end - 24 * 60 * 60 * 1000  # both in milliseconds
trades = client.futures_account_trades(symbol="{{symbol}}", startTime=start, endTime=end)
