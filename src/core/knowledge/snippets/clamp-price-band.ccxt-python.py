import os
import ccxt

ex = ccxt.binanceusdm({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})
ex.load_markets()
symbol = "{{ccxtSymbol}}"
f = {x["filterType"]: x for x in ex.market(symbol)["info"]["filters"]}
mark = float(ex.fapiPublicGetPremiumIndex({"symbol": "{{symbol}}"})["markPrice"])
limit = min(mark * 1.005, mark * float(f["PERCENT_PRICE"]["multiplierUp"]))
ex.create_order(symbol, "limit", "buy", 0.002, ex.price_to_precision(symbol, limit), {"timeInForce": "IOC"})
