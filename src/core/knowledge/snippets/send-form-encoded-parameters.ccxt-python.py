import os
import ccxt

ex = ccxt.binanceusdm({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})
price = None
if price is None:
    raise ValueError("a limit order needs a price")
ex.create_order("{{ccxtSymbol}}", "limit", "buy", 0.01, price)
