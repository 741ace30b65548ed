import os
import ccxt

ex = ccxt.binanceusdm({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})

# extra Binance fields go in params as plain values; ccxt orders, encodes and signs them
ex.create_order("{{ccxtSymbol}}", "market", "sell", 0.002, None, {"reduceOnly": True})
