import os
from binance.um_futures import UMFutures
from binance.error import ClientError

um = UMFutures(key=os.environ["API_KEY"], secret=os.environ["API_SECRET"])

try:
    um.cancel_order(symbol="{{symbol}}", origClientOrderId="bot-0001")
except ClientError as e:
    if e.error_code != -2011:
        raise
    o = um.query_order(symbol="{{symbol}}", origClientOrderId="bot-0001")
    print("already", o["status"], o["executedQty"])
