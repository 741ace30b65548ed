import os
from binance.spot import Spot

client = Spot(api_key=os.environ["API_KEY"], api_secret=os.environ["API_SECRET"])
f = {x["filterType"]: x for x in client.exchange_info(symbol="{{symbol}}")["symbols"][0]["filters"]}
avg = float(client.avg_price("{{symbol}}")["price"])
band = f.get("PERCENT_PRICE_BY_SIDE") or f["PERCENT_PRICE"]
up = float(band.get("bidMultiplierUp", band.get("multiplierUp")))
down = float(band.get("bidMultiplierDown", band.get("multiplierDown")))
print("BUY price must stay between", avg * down, "and", avg * up)
