import os
from binance.um_futures import UMFutures

um = UMFutures(key=os.environ["API_KEY"], secret=os.environ["API_SECRET"])
um.query_order(symbol="{{symbol}}", orderId=123456789)
um.cancel_order(symbol="{{symbol}}", origClientOrderId="bot-0001")
