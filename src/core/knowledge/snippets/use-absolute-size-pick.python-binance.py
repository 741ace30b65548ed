import os
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])
pos = client.futures_position_information(symbol="{{symbol}}")
amt = float(next(p for p in pos if p["positionSide"] == "BOTH")["positionAmt"])  # negative = short
if amt != 0:
    client.futures_create_order(symbol="{{symbol}}", side="SELL" if amt > 0 else "BUY", type="MARKET",
                                quantity=abs(amt), reduceOnly="true")
