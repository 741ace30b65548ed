import os
from decimal import Decimal, ROUND_DOWN
from binance.um_futures import UMFutures

um = UMFutures(key=os.environ["API_KEY"], secret=os.environ["API_SECRET"])
sym = next(s for s in um.exchange_info()["symbols"] if s["symbol"] == "{{symbol}}")
lot = next(f for f in sym["filters"] if f["filterType"] == "MARKET_LOT_SIZE")
step = Decimal(lot["stepSize"])
qty = (Decimal("0.0123456") / step).to_integral_value(rounding=ROUND_DOWN) * step
if qty < Decimal(lot["minQty"]):
    raise ValueError("quantity is below minQty after rounding: not sending")
um.new_order(symbol="{{symbol}}", side="BUY", type="MARKET", quantity=format(qty, "f"))
