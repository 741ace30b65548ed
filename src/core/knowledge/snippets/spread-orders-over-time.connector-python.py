from binance.um_futures import UMFutures
import os

um = UMFutures(key=os.environ["API_KEY"], secret=os.environ["API_SECRET"], show_limit_usage=True)
res = um.new_order(symbol="{{symbol}}", side="BUY", type="LIMIT", timeInForce="GTC", quantity=0.002, price=60000)
print(res["limit_usage"])  # x-mbx-order-count-10s / -1m
