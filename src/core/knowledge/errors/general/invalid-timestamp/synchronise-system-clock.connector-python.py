import time
import os
from binance.um_futures import UMFutures

um = UMFutures(key=os.environ["API_KEY"], secret=os.environ["API_SECRET"])

t0 = int(time.time() * 1000)
server = um.time()["serverTime"]
t1 = int(time.time() * 1000)
print("offset ms:", server - (t0 + t1) // 2, "round trip ms:", t1 - t0)
