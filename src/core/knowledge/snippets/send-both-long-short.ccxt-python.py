import os
import ccxt

ex = ccxt.binanceusdm({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})
hedge = ex.fapiPrivateGetPositionSideDual()["dualSidePosition"] in (True, "true")
params = {"positionSide": "LONG"} if hedge else {}
ex.create_order("{{ccxtSymbol}}", "market", "buy", 0.002, None, params)
