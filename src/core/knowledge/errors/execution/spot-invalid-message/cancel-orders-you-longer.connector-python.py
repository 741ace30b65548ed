import os
from binance.spot import Spot

client = Spot(api_key=os.environ["API_KEY"], api_secret=os.environ["API_SECRET"])
orders = sorted(client.get_open_orders(symbol="{{symbol}}"), key=lambda o: o["time"])
print(len(orders), "open orders on {{symbol}}")
for o in orders[:10]:
    client.cancel_order(symbol="{{symbol}}", orderId=o["orderId"])
