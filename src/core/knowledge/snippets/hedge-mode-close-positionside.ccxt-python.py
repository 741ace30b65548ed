import os
import ccxt

ex = ccxt.binanceusdm({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})
hedge = ex.fapiPrivateGetPositionSideDual()["dualSidePosition"]
params = {"positionSide": "LONG"} if hedge else {"reduceOnly": True}
ex.create_order("{{ccxtSymbol}}", "market", "sell", 0.01, None, params)
