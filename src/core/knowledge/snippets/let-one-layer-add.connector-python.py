import os
from binance.um_futures import UMFutures

um = UMFutures(key=os.environ["API_KEY"], secret=os.environ["API_SECRET"])
# recvWindow may be passed; timestamp and signature are added for you
um.new_order(symbol="{{symbol}}", side="BUY", type="MARKET", quantity=0.01, recvWindow=5000)
