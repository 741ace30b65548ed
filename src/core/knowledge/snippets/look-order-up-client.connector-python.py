import os
from binance.um_futures import UMFutures
from binance.error import ClientError

um = UMFutures(key=os.environ["API_KEY"], secret=os.environ["API_SECRET"])

try:
    order = um.query_order(symbol="{{symbol}}", origClientOrderId="bot-0001")
    print("exists:", order["status"], order["executedQty"])
except ClientError as e:
    if e.error_code != -2013:
        raise
    print("not found yet: check again in a few seconds before resending")
