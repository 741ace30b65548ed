import math
import os
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])
sym = next(s for s in client.futures_exchange_info()["symbols"] if s["symbol"] == "{{symbol}}")
f = {x["filterType"]: x for x in sym["filters"]}
floor = float(f["MIN_NOTIONAL"]["notional"])
step = float(f["LOT_SIZE"]["stepSize"])
mark = float(client.futures_mark_price(symbol="{{symbol}}")["markPrice"])
qty = math.ceil(floor * 1.02 / mark / step) * step  # round UP, keep 2% headroom
client.futures_create_order(symbol="{{symbol}}", side="BUY", type="MARKET",
                            quantity=round(qty, int(sym["quantityPrecision"])))
