import os
import ccxt

ex = ccxt.binanceusdm({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})

try:
    order = ex.fetch_order(None, "{{ccxtSymbol}}", params={"origClientOrderId": "bot-0001"})
    print("exists:", order["status"], order["filled"])
except ccxt.OrderNotFound:
    print("not found yet: check again in a few seconds before resending")
