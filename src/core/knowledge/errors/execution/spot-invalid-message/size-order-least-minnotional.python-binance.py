import math
import os
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])
f = {x["filterType"]: x for x in client.get_symbol_info("{{symbol}}")["filters"]}
floor = float((f.get("NOTIONAL") or f["MIN_NOTIONAL"])["minNotional"])
step = float(f["LOT_SIZE"]["stepSize"])
avg = float(client.get_avg_price(symbol="{{symbol}}")["price"])
qty = math.ceil(floor * 1.02 / avg / step) * step  # round UP, 2% headroom
print("smallest order:", round(qty, 8), "BTC, about", round(qty * avg, 2), "USDT")
