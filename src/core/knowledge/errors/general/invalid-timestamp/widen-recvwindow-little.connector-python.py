import os
from binance.um_futures import UMFutures

um = UMFutures(key=os.environ["API_KEY"], secret=os.environ["API_SECRET"])

um.balance(recvWindow=10000)
um.new_order(symbol="{{symbol}}", side="BUY", type="MARKET", quantity=0.002, recvWindow=10000)
