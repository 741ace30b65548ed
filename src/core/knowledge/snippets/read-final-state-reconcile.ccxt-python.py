import os
import ccxt

ex = ccxt.binanceusdm({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})
try:
    ex.cancel_order(None, "{{ccxtSymbol}}", {"origClientOrderId": "bot-0001"})
except ccxt.OrderNotFound:
    o = ex.fetch_order(None, "{{ccxtSymbol}}", {"origClientOrderId": "bot-0001"})
    print("already", o["status"], o["filled"])
