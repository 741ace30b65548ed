import re, time
import os
import ccxt

ex = ccxt.binanceusdm({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})

try:
    ex.fetch_balance()
except ccxt.DDoSProtection as e:  # ccxt raises this for both 418 and 429
    m = re.search(r"banned until (\d+)", str(e))
    secs = int(m.group(1)) / 1000 - time.time() if m else 60
    time.sleep(max(secs, 1))
