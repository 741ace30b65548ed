import time
import os
from binance.client import Client
from binance.exceptions import BinanceAPIException

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])

for wait in (0.5, 1, 2, 4):
    try:
        print(client.futures_get_order(symbol="{{symbol}}", origClientOrderId="bot-0001")["status"])
        break
    except BinanceAPIException as e:
        if e.code != -2013:
            raise
        time.sleep(wait)  # not visible yet: ask again
