import os
from decimal import Decimal, ROUND_DOWN
from binance.um_futures import UMFutures

um = UMFutures(key=os.environ["API_KEY"], secret=os.environ["API_SECRET"])
sym = next(s for s in um.exchange_info()["symbols"] if s["symbol"] == "{{symbol}}")
tick = Decimal(next(f for f in sym["filters"] if f["filterType"] == "PRICE_FILTER")["tickSize"])
price = (Decimal("64321.37") / tick).to_integral_value(rounding=ROUND_DOWN) * tick
um.new_order(symbol="{{symbol}}", side="BUY", type="LIMIT", timeInForce="GTC", quantity="0.002", price=format(price, "f"))
