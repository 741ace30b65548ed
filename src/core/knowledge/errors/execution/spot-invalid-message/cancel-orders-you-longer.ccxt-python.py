import os
import ccxt

ex = ccxt.binance({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})
orders = sorted(ex.fetch_open_orders("{{ccxtSymbol}}"), key=lambda o: o["timestamp"])
print(len(orders), "open orders")
for o in orders[:10]:
    ex.cancel_order(o["id"], "{{ccxtSymbol}}")
