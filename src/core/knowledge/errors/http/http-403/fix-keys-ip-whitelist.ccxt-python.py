import os
import ccxt

ex = ccxt.binanceusdm({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})

try:
    ex.fetch_balance()
except ccxt.BaseError as e:
    print(type(e).__name__, str(e)[:400])
