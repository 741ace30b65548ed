import os
import ccxt

ex = ccxt.binanceusdm({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})

# each call is signed at send time; build params fresh and do not copy a timestamp into them
params = {"clientOrderId": "bot-0002"}
ex.create_order("{{ccxtSymbol}}", "limit", "buy", 0.002, 60000, params)
