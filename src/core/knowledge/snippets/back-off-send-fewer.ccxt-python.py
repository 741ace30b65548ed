import time
import os
import ccxt

ex = ccxt.binanceusdm({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})

for price in (60000, 59900, 59800):
    ex.create_order("{{ccxtSymbol}}", "limit", "buy", 0.002, price)
    time.sleep(0.2)  # no asyncio.gather burst
