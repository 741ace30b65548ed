import os
from binance.um_futures import UMFutures

um = UMFutures(key=os.environ["API_KEY"], secret=os.environ["API_SECRET"])
for o in um.get_orders(symbol="{{symbol}}"):
    print(o["orderId"], o["type"], o["side"], o["origQty"], o["reduceOnly"])
print(um.sign_request("GET", "/fapi/v1/openAlgoOrders", {"symbol": "{{symbol}}"}))
