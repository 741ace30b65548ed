import os
from binance.um_futures import UMFutures

um = UMFutures(key=os.environ["API_KEY"], secret=os.environ["API_SECRET"])

info = um.exchange_info()  # once at start
orders = um.get_orders(symbol="{{symbol}}")  # open orders of one symbol: weight 1
