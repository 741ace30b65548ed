import os
import ccxt

ex = ccxt.binanceusdm({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})

ex.create_order("{{ccxtSymbol}}", "limit", "buy", 0.002, 60000)
h = ex.last_response_headers
print(h.get("x-mbx-order-count-10s"), h.get("x-mbx-order-count-1m"))
