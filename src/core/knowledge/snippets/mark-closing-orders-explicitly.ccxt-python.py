import os
import ccxt

ex = ccxt.binanceusdm({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})

ex.create_order("{{ccxtSymbol}}", "market", "sell", 0.002, None, {"reduceOnly": True})
