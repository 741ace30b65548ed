import time
import os
from binance.um_futures import UMFutures
from binance.error import ClientError

um = UMFutures(key=os.environ["API_KEY"], secret=os.environ["API_SECRET"])

key = um.new_listen_key()["listenKey"]
while True:
    time.sleep(30 * 60)
    try:
        um.renew_listen_key(listenKey=key)
    except ClientError as e:
        if e.error_code != -1125:
            raise
        key = um.new_listen_key()["listenKey"]
