import os
from binance.um_futures import UMFutures

key, secret = os.environ["API_KEY"].strip(), os.environ["API_SECRET"].strip()
print(len(key), len(secret))
print(UMFutures(key=key, secret=secret).balance())
