import os
from binance.um_futures import UMFutures

um = UMFutures(key=os.environ["API_KEY"], secret=os.environ["API_SECRET"])
print(um.sign_request("GET", "/fapi/v1/symbolConfig", {"symbol": "{{symbol}}"}))
um.change_leverage(symbol="{{symbol}}", leverage=5)
