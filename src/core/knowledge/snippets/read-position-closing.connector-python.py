import os
from binance.um_futures import UMFutures

um = UMFutures(key=os.environ["API_KEY"], secret=os.environ["API_SECRET"])
for p in um.get_position_risk(symbol="{{symbol}}"):
    amt = float(p["positionAmt"])
    if amt:
        mode = {"reduceOnly": "true"} if p["positionSide"] == "BOTH" else {"positionSide": p["positionSide"]}
        um.new_order(symbol="{{symbol}}", side="SELL" if amt > 0 else "BUY", type="MARKET", quantity=abs(amt), **mode)
