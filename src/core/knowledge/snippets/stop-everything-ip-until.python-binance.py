import re, time
import os
from binance.client import Client
from binance.exceptions import BinanceAPIException

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])

try:
    client.futures_account()
except BinanceAPIException as e:
    if e.status_code in (418, 429):
        m = re.search(r"banned until (\d+)", e.message)
        secs = int(m.group(1)) / 1000 - time.time() if m else int(e.response.headers.get("Retry-After", 60))
        time.sleep(max(secs, 1))  # send nothing from this IP meanwhile
