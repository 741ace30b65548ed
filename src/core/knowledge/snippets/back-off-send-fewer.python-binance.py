import time
import os
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])

orders = [dict(symbol="{{symbol}}", side="BUY", type="LIMIT", timeInForce="GTC", quantity="0.002", price=str(p))
          for p in (60000, 59900, 59800)]
for o in orders:  # one at a time, with a small gap, instead of a burst of threads
    client.futures_create_order(**o)
    time.sleep(0.2)
