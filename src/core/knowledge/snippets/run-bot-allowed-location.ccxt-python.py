import sys
import os
import ccxt

ex = ccxt.binanceusdm({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})

try:
    ex.fetch_time()
except ccxt.ExchangeNotAvailable as e:  # 403/451 arrive as this retryable-looking class
    if "restricted location" in str(e) or "451" in str(e) or "from your country" in str(e):
        sys.exit("Blocked by location: move the bot; do not let a retry loop spin")
    raise
