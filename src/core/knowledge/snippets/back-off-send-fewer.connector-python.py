import time
import os
from binance.um_futures import UMFutures

um = UMFutures(key=os.environ["API_KEY"], secret=os.environ["API_SECRET"])

for price in (60000, 59900, 59800):
    um.new_order(symbol="{{symbol}}", side="BUY", type="LIMIT", timeInForce="GTC", quantity=0.002, price=price)
    time.sleep(0.2)
