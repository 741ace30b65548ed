import os
import ccxt

ex = ccxt.binanceusdm({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})
plain = ex.fetch_open_orders("{{ccxtSymbol}}")
conditional = ex.fetch_open_orders("{{ccxtSymbol}}", params={"trigger": True})
print([(o["id"], o["type"], o["side"], o["amount"], o["reduceOnly"]) for o in plain + conditional])
