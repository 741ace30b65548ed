import os
import ccxt

ex = ccxt.binanceusdm({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})
# post-only on futures: a limit order with timeInForce GTX
ex.create_order("{{ccxtSymbol}}", "limit", "buy", 0.01, 60000, {"timeInForce": "GTX"})
