import os
from binance.um_futures import UMFutures

um = UMFutures(key=os.environ["API_KEY"], secret=os.environ["API_SECRET"])
params = {"symbol": "{{symbol}}", "side": "BUY", "type": "LIMIT", "quantity": 0.01, "price": 60000, "timeInForce": "GTC"}
um.new_order(**{k: v for k, v in params.items() if v is not None})
