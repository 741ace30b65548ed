import os
import ccxt

ex = ccxt.binanceusdm({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})
# recent ccxt versions route stop orders to the Algo Order API themselves
ex.create_order("{{ccxtSymbol}}", "STOP_MARKET", "sell", None, None, {"stopPrice": 58000, "closePosition": True})
