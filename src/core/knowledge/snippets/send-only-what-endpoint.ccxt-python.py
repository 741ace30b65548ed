import os
import ccxt

ex = ccxt.binanceusdm({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})
ex.create_order("{{ccxtSymbol}}", "limit", "buy", 0.01, 60000, {"timeInForce": "GTC"})
ex.create_order("{{ccxtSymbol}}", "market", "buy", 0.01)  # no price, no timeInForce
