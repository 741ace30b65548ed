import os
from decimal import Decimal, ROUND_DOWN
from binance.um_futures import UMFutures

um = UMFutures(key=os.environ["API_KEY"], secret=os.environ["API_SECRET"])
sym = next(s for s in um.exchange_info()["symbols"] if s["symbol"] == "{{symbol}}")
f = {x["filterType"]: x for x in sym["filters"]}
step, tick = Decimal(f["LOT_SIZE"]["stepSize"]), Decimal(f["PRICE_FILTER"]["tickSize"])
qty = (Decimal("0.0123456") / step).to_integral_value(ROUND_DOWN) * step
price = (Decimal("64321.37") / tick).to_integral_value(ROUND_DOWN) * tick
um.new_order(symbol="{{symbol}}", side="BUY", type="LIMIT", timeInForce="GTC",
             quantity=format(qty.normalize(), "f"), price=format(price.normalize(), "f"))
