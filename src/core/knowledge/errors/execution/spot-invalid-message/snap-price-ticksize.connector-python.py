import os
from decimal import Decimal, ROUND_DOWN
from binance.spot import Spot

client = Spot(api_key=os.environ["API_KEY"], api_secret=os.environ["API_SECRET"])
f = {x["filterType"]: x for x in client.exchange_info(symbol="{{symbol}}")["symbols"][0]["filters"]}
tick, step = Decimal(f["PRICE_FILTER"]["tickSize"]), Decimal(f["LOT_SIZE"]["stepSize"])
price = (Decimal("64321.378") / tick).to_integral_value(rounding=ROUND_DOWN) * tick
qty = (Decimal("0.0012345") / step).to_integral_value(rounding=ROUND_DOWN) * step
client.new_order(symbol="{{symbol}}", side="BUY", type="LIMIT", timeInForce="GTC",
                 quantity=format(qty.normalize(), "f"), price=format(price.normalize(), "f"))
