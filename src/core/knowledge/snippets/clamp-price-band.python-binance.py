import os
from decimal import Decimal, ROUND_DOWN
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])
sym = next(s for s in client.futures_exchange_info()["symbols"] if s["symbol"] == "{{symbol}}")
f = {x["filterType"]: x for x in sym["filters"]}
mark = Decimal(client.futures_mark_price(symbol="{{symbol}}")["markPrice"])
tick = Decimal(f["PRICE_FILTER"]["tickSize"])
cap = mark * Decimal(f["PERCENT_PRICE"]["multiplierUp"])  # highest BUY price accepted
price = (min(mark * Decimal("1.005"), cap) / tick).to_integral_value(rounding=ROUND_DOWN) * tick
client.futures_create_order(symbol="{{symbol}}", side="BUY", type="LIMIT", timeInForce="IOC",
                            quantity="0.002", price=format(price, "f"))
