import os
from decimal import Decimal, ROUND_DOWN
from binance.um_futures import UMFutures

um = UMFutures(key=os.environ["API_KEY"], secret=os.environ["API_SECRET"])
sym = next(s for s in um.exchange_info()["symbols"] if s["symbol"] == "{{symbol}}")
f = {x["filterType"]: x for x in sym["filters"]}
mark = Decimal(um.mark_price(symbol="{{symbol}}")["markPrice"])
tick = Decimal(f["PRICE_FILTER"]["tickSize"])
cap = mark * Decimal(f["PERCENT_PRICE"]["multiplierUp"])
price = (min(mark * Decimal("1.005"), cap) / tick).to_integral_value(rounding=ROUND_DOWN) * tick
um.new_order(symbol="{{symbol}}", side="BUY", type="LIMIT", timeInForce="IOC", quantity="0.002", price=format(price, "f"))
