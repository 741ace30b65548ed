import os
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])
pos = [p for p in client.futures_position_information(symbol="{{symbol}}") if float(p["positionAmt"]) != 0]
for p in pos:  # one-way: one row (positionSide BOTH); hedge: LONG and SHORT rows
    amt = float(p["positionAmt"])
    side = "SELL" if amt > 0 else "BUY"
    mode = {"reduceOnly": "true"} if p["positionSide"] == "BOTH" else {"positionSide": p["positionSide"]}
    client.futures_create_order(symbol="{{symbol}}", side=side, type="MARKET", quantity=str(abs(amt)), **mode)
if not pos:
    print("already flat: nothing to reduce")
