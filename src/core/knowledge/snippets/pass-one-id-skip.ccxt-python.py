import os
import ccxt

ex = ccxt.binanceusdm({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})
ex.fetch_order("123456789", "{{ccxtSymbol}}")
ex.cancel_order(None, "{{ccxtSymbol}}", {"origClientOrderId": "bot-0001"})
