import os
from decimal import Decimal, ROUND_DOWN
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])
sym = next(s for s in client.futures_exchange_info()["symbols"] if s["symbol"] == "{{symbol}}")
f = {x["filterType"]: x for x in sym["filters"]}
step, tick = Decimal(f["LOT_SIZE"]["stepSize"]), Decimal(f["PRICE_FILTER"]["tickSize"])
qty = (Decimal("0.0123456") / step).to_integral_value(ROUND_DOWN) * step
price = (Decimal("64321.37") / tick).to_integral_value(ROUND_DOWN) * tick
client.futures_create_order(symbol="{{symbol}}", side="BUY", type="LIMIT", timeInForce="GTC",
                            quantity=format(qty.normalize(), "f"), price=format(price.normalize(), "f"))
