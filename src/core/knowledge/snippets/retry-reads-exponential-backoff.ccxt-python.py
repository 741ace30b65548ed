import time
import os
import ccxt

ex = ccxt.binanceusdm({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})

for delay in (0.2, 0.4, 0.8, 1.6, 3.2):  # reads only
    try:
        balance = ex.fetch_balance()
        break
    except (ccxt.ExchangeNotAvailable, ccxt.OperationFailed):
        time.sleep(delay)
