import time
import os
import ccxt

ex = ccxt.binanceusdm({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})
for wait in (0.5, 1, 2, 4):
    try:
        print(ex.fetch_order(None, "{{ccxtSymbol}}", {"origClientOrderId": "bot-0001"})["status"])
        break
    except ccxt.OrderNotFound:
        time.sleep(wait)
