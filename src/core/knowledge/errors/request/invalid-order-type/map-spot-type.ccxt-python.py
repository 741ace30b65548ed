import os
import ccxt

ex = ccxt.binance({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})
ex.create_order("{{ccxtSymbol}}", "STOP_LOSS_LIMIT", "sell", 0.001, 57900, {"stopPrice": 58000, "timeInForce": "GTC"})
