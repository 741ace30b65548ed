import time
import os
import ccxt

ex = ccxt.binanceusdm({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})
key = ex.fapiPrivatePostListenKey()["listenKey"]
while True:
    time.sleep(30 * 60)
    try:
        ex.fapiPrivatePutListenKey()
    except ccxt.AuthenticationError:  # ccxt reports -1125 this way
        key = ex.fapiPrivatePostListenKey()["listenKey"]
