import os
import ccxt

ex = ccxt.binance({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})
a = ex.privateGetAccount()
print(a["canTrade"], a["accountType"], a["permissions"])
