import os
import ccxt

ex = ccxt.binanceusdm({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})
# ccxt.pro watch_orders() reconnects and renews the key for you; plain ccxt:
key = ex.fapiPrivatePostListenKey()["listenKey"]  # call again on every reconnect
