import os
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])
hedge = client.futures_get_position_mode()["dualSidePosition"]
if hedge:  # close a long: SELL on the LONG side, no reduceOnly
    client.futures_create_order(symbol="{{symbol}}", side="SELL", type="MARKET", quantity="0.01", positionSide="LONG")
else:  # one-way: reduceOnly marks it as closing
    client.futures_create_order(symbol="{{symbol}}", side="SELL", type="MARKET", quantity="0.01", reduceOnly="true")
