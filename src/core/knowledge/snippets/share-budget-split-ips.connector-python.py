import time
from binance.um_futures import UMFutures

um = UMFutures(show_limit_usage=True)
res = um.time()
used = int(res["limit_usage"].get("x-mbx-used-weight-1m", 0))
if used > 0.8 * 2400:
    time.sleep(60 - time.time() % 60)
