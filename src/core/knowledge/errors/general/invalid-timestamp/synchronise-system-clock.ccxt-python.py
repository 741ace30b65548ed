import time
import os
import ccxt

ex = ccxt.binanceusdm({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})

t0 = ex.milliseconds()
server = ex.fetch_time()
t1 = ex.milliseconds()
print("offset ms:", server - (t0 + t1) // 2, "round trip ms:", t1 - t0)
