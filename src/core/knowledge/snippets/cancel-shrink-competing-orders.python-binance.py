import os
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])
for o in client.futures_get_open_orders(symbol="{{symbol}}"):
    print(o["orderId"], o["type"], o["side"], o["origQty"], o["reduceOnly"])
print(client.futures_get_open_algo_orders(symbol="{{symbol}}"))  # conditional orders
client.futures_cancel_all_open_orders(symbol="{{symbol}}")  # only if you mean to clear them all
