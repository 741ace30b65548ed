import time
import os
from binance.um_futures import UMFutures
from binance.error import ClientError

um = UMFutures(key=os.environ["API_KEY"], secret=os.environ["API_SECRET"])

for wait in (0.5, 1, 2, 4):
    try:
        print(um.query_order(symbol="{{symbol}}", origClientOrderId="bot-0001")["status"])
        break
    except ClientError as e:
        if e.error_code != -2013:
            raise
        time.sleep(wait)
