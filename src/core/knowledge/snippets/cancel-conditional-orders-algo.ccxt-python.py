import os
import ccxt

ex = ccxt.binanceusdm({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})
orders = ex.fetch_open_orders("{{ccxtSymbol}}", params={"trigger": True})
ex.cancel_order(orders[0]["id"], "{{ccxtSymbol}}", params={"trigger": True})
