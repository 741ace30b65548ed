import math
import os
from binance.um_futures import UMFutures

um = UMFutures(key=os.environ["API_KEY"], secret=os.environ["API_SECRET"])
sym = next(s for s in um.exchange_info()["symbols"] if s["symbol"] == "{{symbol}}")
f = {x["filterType"]: x for x in sym["filters"]}
floor = float(f["MIN_NOTIONAL"]["notional"])
step = float(f["LOT_SIZE"]["stepSize"])
mark = float(um.mark_price(symbol="{{symbol}}")["markPrice"])
qty = math.ceil(floor * 1.02 / mark / step) * step
um.new_order(symbol="{{symbol}}", side="BUY", type="MARKET", quantity=round(qty, int(sym["quantityPrecision"])))
