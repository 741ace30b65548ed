import os
from decimal import Decimal, ROUND_DOWN
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])
f = {x["filterType"]: x for x in client.get_symbol_info("{{symbol}}")["filters"]}
step, tick = Decimal(f["LOT_SIZE"]["stepSize"]), Decimal(f["PRICE_FILTER"]["tickSize"])
qty = (Decimal("0.00123456789") / step).to_integral_value(ROUND_DOWN) * step
price = (Decimal("64321.3719") / tick).to_integral_value(ROUND_DOWN) * tick
client.create_order(symbol="{{symbol}}", side="BUY", type="LIMIT", timeInForce="GTC",
                    quantity=format(qty.normalize(), "f"), price=format(price.normalize(), "f"))
