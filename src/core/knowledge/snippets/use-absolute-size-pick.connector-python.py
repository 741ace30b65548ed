import os
from binance.um_futures import UMFutures

um = UMFutures(key=os.environ["API_KEY"], secret=os.environ["API_SECRET"])
pos = um.get_position_risk(symbol="{{symbol}}")
amt = float(next(p for p in pos if p["positionSide"] == "BOTH")["positionAmt"])
if amt != 0:
    um.new_order(symbol="{{symbol}}", side="SELL" if amt > 0 else "BUY", type="MARKET",
                 quantity=abs(amt), reduceOnly="true")
