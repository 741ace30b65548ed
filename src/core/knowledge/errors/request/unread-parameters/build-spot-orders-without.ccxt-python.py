import os
import ccxt

ex = ccxt.binance({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})
ex.create_order("{{ccxtSymbol}}", "market", "sell", 0.001)  # no reduceOnly/positionSide on Spot
