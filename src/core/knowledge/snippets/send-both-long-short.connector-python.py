import os
from binance.um_futures import UMFutures

um = UMFutures(key=os.environ["API_KEY"], secret=os.environ["API_SECRET"])
hedge = um.get_position_mode()["dualSidePosition"]
extra = {"positionSide": "LONG"} if hedge else {}
um.new_order(symbol="{{symbol}}", side="BUY", type="MARKET", quantity="0.002", **extra)
