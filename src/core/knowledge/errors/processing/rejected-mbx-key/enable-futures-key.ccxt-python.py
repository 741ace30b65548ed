import os
import ccxt

ex = ccxt.binance({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})
p = ex.sapiGetAccountApiRestrictions()
print(p["enableFutures"], p["enableSpotAndMarginTrading"], p["ipRestrict"])
