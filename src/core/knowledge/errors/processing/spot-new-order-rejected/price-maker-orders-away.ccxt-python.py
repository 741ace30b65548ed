import os
import ccxt

ex = ccxt.binance({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})
bid = ex.fetch_ticker("{{ccxtSymbol}}")["bid"]
ex.create_order("{{ccxtSymbol}}", "limit", "buy", 0.001, bid, {"postOnly": True})
