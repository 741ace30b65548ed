import os
from binance.um_futures import UMFutures

um = UMFutures(key=os.environ["API_KEY"], secret=os.environ["API_SECRET"])
# no Algo Order wrapper in this connector: sign the calls yourself
print(um.sign_request("GET", "/fapi/v1/openAlgoOrders", {"symbol": "{{symbol}}"}))
um.sign_request("DELETE", "/fapi/v1/algoOrder", {"symbol": "{{symbol}}", "algoId": 123456})
