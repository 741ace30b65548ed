import os
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])
orders = sorted(client.get_open_orders(symbol="{{symbol}}"), key=lambda o: o["time"])
print(len(orders), "open orders on {{symbol}}")
for o in orders[:10]:  # cancel the ten oldest
    client.cancel_order(symbol="{{symbol}}", orderId=o["orderId"])
