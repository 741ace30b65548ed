import re, time
import os
from binance.um_futures import UMFutures
from binance.error import ClientError

um = UMFutures(key=os.environ["API_KEY"], secret=os.environ["API_SECRET"])

try:
    um.account()
except ClientError as e:
    if e.status_code in (418, 429):
        m = re.search(r"banned until (\d+)", e.error_message or "")
        secs = int(m.group(1)) / 1000 - time.time() if m else int((e.header or {}).get("Retry-After", 60))
        time.sleep(max(secs, 1))
