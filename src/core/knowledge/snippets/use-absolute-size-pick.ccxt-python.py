import os
import ccxt

ex = ccxt.binanceusdm({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})
symbol = "{{ccxtSymbol}}"
open_positions = [p for p in ex.fetch_positions([symbol]) if p["contracts"]]
for p in open_positions:
    side = "sell" if p["side"] == "long" else "buy"
    ex.create_order(symbol, "market", side, p["contracts"], None, {"reduceOnly": True})
