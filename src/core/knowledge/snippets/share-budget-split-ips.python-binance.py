import time
import os
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])

client.futures_ping()
used = int(client.response.headers.get("x-mbx-used-weight-1m", 0))
if used > 0.8 * 2400:  # read the real limit from futures_exchange_info()["rateLimits"]
    time.sleep(60 - time.time() % 60)  # wait for the next minute window
