import time
import os
import ccxt

ex = ccxt.binanceusdm({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})

ex.fetch_time()
used = int(ex.last_response_headers.get("x-mbx-used-weight-1m", 0))
if used > 0.8 * 2400:
    time.sleep(60 - time.time() % 60)
