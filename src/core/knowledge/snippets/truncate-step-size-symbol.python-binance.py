import os
from decimal import Decimal, ROUND_DOWN
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])
sym = next(s for s in client.futures_exchange_info()["symbols"] if s["symbol"] == "{{symbol}}")
# MARKET orders are checked against MARKET_LOT_SIZE, every other type against LOT_SIZE
lot = next(f for f in sym["filters"] if f["filterType"] == "MARKET_LOT_SIZE")
step = Decimal(lot["stepSize"])
qty = (Decimal("0.0123456") / step).to_integral_value(rounding=ROUND_DOWN) * step
if qty < Decimal(lot["minQty"]):
    raise ValueError("quantity is below minQty after rounding: not sending")
client.futures_create_order(symbol="{{symbol}}", side="BUY", type="MARKET", quantity=format(qty, "f"))
