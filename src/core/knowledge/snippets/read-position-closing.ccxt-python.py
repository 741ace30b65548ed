import os
import ccxt

ex = ccxt.binanceusdm({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})
# one-way mode shown; in hedge mode pass {"positionSide": "LONG"/"SHORT"} instead of reduceOnly
for p in ex.fetch_positions(["{{ccxtSymbol}}"]):
    if p["contracts"]:
        side = "sell" if p["side"] == "long" else "buy"
        ex.create_order("{{ccxtSymbol}}", "market", side, p["contracts"], None, {"reduceOnly": True})
