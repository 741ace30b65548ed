import os
from binance.client import Client
from binance.exceptions import BinanceAPIException

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])

try:
    order = client.futures_get_order(symbol="{{symbol}}", origClientOrderId="bot-0001")
    print("exists:", order["status"], order["executedQty"])
except BinanceAPIException as e:
    if e.code == -2013:
        print("not found yet: check again in a few seconds before resending")
    else:
        raise
