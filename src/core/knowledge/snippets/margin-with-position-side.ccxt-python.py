import os
import ccxt

ex = ccxt.binanceusdm({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})
hedge = ex.fapiPrivateGetPositionSideDual()["dualSidePosition"]
params = {"positionSide": "LONG"} if hedge else {}  # the side whose isolated margin you change
ex.add_margin("{{ccxtSymbol}}", 5, params)  # reduce_margin(...) takes the same params
