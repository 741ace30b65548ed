import os
import ccxt

ex = ccxt.binance({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})
ex.load_markets(True)
info = ex.market("{{ccxtSymbol}}")["info"]
print(info["status"], [f for f in info["filters"] if f["filterType"] == "MAX_POSITION"])
