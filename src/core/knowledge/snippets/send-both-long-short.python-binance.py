import os
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])
hedge = client.futures_get_position_mode()["dualSidePosition"]
params = dict(symbol="{{symbol}}", side="BUY", type="MARKET", quantity="0.002")
if hedge:
    params["positionSide"] = "LONG"  # opens a long; close it later with SELL + LONG
client.futures_create_order(**params)  # one-way mode: no positionSide (or BOTH)
