import time
import os
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])

t0 = int(time.time() * 1000)
server = client.futures_time()["serverTime"]
t1 = int(time.time() * 1000)
print("offset ms:", server - (t0 + t1) // 2, "round trip ms:", t1 - t0)
