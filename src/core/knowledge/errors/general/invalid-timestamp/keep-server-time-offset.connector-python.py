import time
import os
from binance.um_futures import UMFutures

um = UMFutures(key=os.environ["API_KEY"], secret=os.environ["API_SECRET"])

# this connector signs with the local clock and has no offset setting:
# measure the drift, and fix the machine clock when it is off
drift = um.time()["serverTime"] - int(time.time() * 1000)
if abs(drift) > 500:
    raise SystemExit(f"clock is off by {drift} ms: synchronise the OS clock")
