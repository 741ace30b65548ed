import os
import ccxt

ex = ccxt.binanceusdm({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})

# ccxt signs whatever it sends, body or query
ex.create_order("{{ccxtSymbol}}", "market", "buy", 0.002)
