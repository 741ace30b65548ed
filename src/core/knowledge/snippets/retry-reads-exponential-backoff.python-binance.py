import time
import os
from binance.client import Client
from binance.exceptions import BinanceAPIException

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])

for delay in (0.2, 0.4, 0.8, 1.6, 3.2):  # reads only
    try:
        balances = client.futures_account_balance()
        break
    except BinanceAPIException as e:
        if e.status_code < 500 and e.code not in (-1000, -1001):
            raise
        time.sleep(delay)
