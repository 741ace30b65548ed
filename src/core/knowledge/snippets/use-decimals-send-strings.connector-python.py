from decimal import Decimal, ROUND_DOWN
import os
from binance.spot import Spot

client = Spot(api_key=os.environ["API_KEY"], api_secret=os.environ["API_SECRET"])
sym = client.exchange_info(symbol="{{symbol}}")["symbols"][0]
f = {x["filterType"]: x for x in sym["filters"]}
step, tick = Decimal(f["LOT_SIZE"]["stepSize"]), Decimal(f["PRICE_FILTER"]["tickSize"])
qty = (Decimal("0.00123456789") / step).to_integral_value(ROUND_DOWN) * step
price = (Decimal("64321.3719") / tick).to_integral_value(ROUND_DOWN) * tick
client.new_order(symbol="{{symbol}}", side="BUY", type="LIMIT", timeInForce="GTC",
                 quantity=format(qty.normalize(), "f"), price=format(price.normalize(), "f"))
