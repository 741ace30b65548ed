import os
import ccxt

ex = ccxt.binanceusdm({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})
symbol = "{{ccxtSymbol}}"
tiers = ex.fetch_leverage_tiers([symbol])[symbol]
max_lev = max(t["maxLeverage"] for t in tiers)
ex.set_leverage(int(min(25, max_lev)), symbol)
