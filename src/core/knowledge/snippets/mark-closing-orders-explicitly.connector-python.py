import os
from binance.um_futures import UMFutures

um = UMFutures(key=os.environ["API_KEY"], secret=os.environ["API_SECRET"])

um.new_order(symbol="{{symbol}}", side="SELL", type="MARKET", quantity=0.002, reduceOnly="true")
# hedge mode instead: positionSide="LONG" with side="SELL" is a closing order
