import os
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])
f = {x["filterType"]: x for x in client.get_symbol_info("{{symbol}}")["filters"]}
avg = float(client.get_avg_price(symbol="{{symbol}}")["price"])
band = f.get("PERCENT_PRICE_BY_SIDE") or f["PERCENT_PRICE"]
up = float(band.get("bidMultiplierUp", band.get("multiplierUp")))  # BUY side
down = float(band.get("bidMultiplierDown", band.get("multiplierDown")))
price = min(max(60000.0, avg * down), avg * up)  # keep the BUY price inside, then snap to tickSize
print("allowed", avg * down, "to", avg * up, "-> use", price)
