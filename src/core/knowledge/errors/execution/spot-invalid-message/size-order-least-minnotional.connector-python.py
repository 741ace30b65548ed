import math
import os
from binance.spot import Spot

client = Spot(api_key=os.environ["API_KEY"], api_secret=os.environ["API_SECRET"])
f = {x["filterType"]: x for x in client.exchange_info(symbol="{{symbol}}")["symbols"][0]["filters"]}
floor = float((f.get("NOTIONAL") or f["MIN_NOTIONAL"])["minNotional"])
step = float(f["LOT_SIZE"]["stepSize"])
avg = float(client.avg_price("{{symbol}}")["price"])
qty = math.ceil(floor * 1.02 / avg / step) * step
print("smallest order:", round(qty, 8), "BTC")
