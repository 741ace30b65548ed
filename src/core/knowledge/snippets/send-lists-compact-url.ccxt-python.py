import os
import ccxt

ex = ccxt.binanceusdm({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})
ex.create_orders([{"symbol": "{{ccxtSymbol}}", "type": "limit", "side": "buy", "amount": 0.01, "price": 60000}])
