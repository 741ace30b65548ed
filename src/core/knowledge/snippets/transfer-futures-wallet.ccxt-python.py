import os
import ccxt

ex = ccxt.binance({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})
ex.transfer("USDT", 50, "spot", "future")  # "delivery" for COIN-M
