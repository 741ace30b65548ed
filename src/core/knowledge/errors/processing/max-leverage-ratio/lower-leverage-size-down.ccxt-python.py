import os
import ccxt

ex = ccxt.binanceusdm({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})
tiers = ex.fetch_leverage_tiers(["{{ccxtSymbol}}"])["{{ccxtSymbol}}"]
for t in tiers:
    print(t["maxLeverage"], "x up to", t["maxNotional"])
