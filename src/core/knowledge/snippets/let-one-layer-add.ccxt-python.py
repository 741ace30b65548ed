import os
import ccxt

ex = ccxt.binanceusdm({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})
# pass only the order fields; ccxt signs the request itself
ex.create_order("{{ccxtSymbol}}", "market", "buy", 0.01)
