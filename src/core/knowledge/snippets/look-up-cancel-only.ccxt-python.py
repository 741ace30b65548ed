import os
import ccxt

ex = ccxt.binance({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})
o = ex.fetch_order(None, "{{ccxtSymbol}}", {"origClientOrderId": "bot-0001"})
if o["status"] == "open":
    ex.cancel_order(o["id"], "{{ccxtSymbol}}")
