import os
from binance.um_futures import UMFutures
from binance.error import ClientError

um = UMFutures(key=os.environ["API_KEY"], secret=os.environ["API_SECRET"])

try:
    um.balance()
except ClientError as e:
    print(e.status_code, e.error_code, str(e.error_message)[:400])
