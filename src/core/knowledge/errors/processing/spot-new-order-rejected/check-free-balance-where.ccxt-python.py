import os
import ccxt

ex = ccxt.binance({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})
bal = ex.fetch_balance()
print("free", bal["USDT"]["free"], "used", bal["USDT"]["used"])
