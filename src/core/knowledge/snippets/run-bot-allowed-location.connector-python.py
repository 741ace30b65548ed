import sys
import os
from binance.um_futures import UMFutures
from binance.error import ClientError

um = UMFutures(key=os.environ["API_KEY"], secret=os.environ["API_SECRET"])

try:
    um.ping()
except ClientError as e:
    if e.status_code in (403, 451):
        sys.exit(f"Blocked ({e.status_code}): {e.error_message}")
    raise
