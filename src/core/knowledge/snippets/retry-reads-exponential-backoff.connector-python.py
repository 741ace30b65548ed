import time
import os
from binance.um_futures import UMFutures

um = UMFutures(key=os.environ["API_KEY"], secret=os.environ["API_SECRET"])
from binance.error import ClientError, ServerError

for delay in (0.2, 0.4, 0.8, 1.6, 3.2):  # reads only
    try:
        balances = um.balance()
        break
    except (ClientError, ServerError) as e:
        if isinstance(e, ClientError) and e.error_code not in (-1000, -1001):
            raise
        time.sleep(delay)
