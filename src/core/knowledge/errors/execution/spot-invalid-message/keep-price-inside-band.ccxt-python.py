import os
import ccxt

ex = ccxt.binance({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})
ex.load_markets()
f = {x["filterType"]: x for x in ex.market("{{ccxtSymbol}}")["info"]["filters"]}
avg = float(ex.publicGetAvgPrice({"symbol": "{{symbol}}"})["price"])
band = f.get("PERCENT_PRICE_BY_SIDE") or f["PERCENT_PRICE"]
up = float(band.get("bidMultiplierUp", band.get("multiplierUp")))
down = float(band.get("bidMultiplierDown", band.get("multiplierDown")))
print("BUY price must stay between", avg * down, "and", avg * up)
