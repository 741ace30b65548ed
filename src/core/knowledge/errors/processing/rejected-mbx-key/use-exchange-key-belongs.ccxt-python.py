import os
import ccxt

# ccxt.binanceus talks to Binance.US; ccxt.binance to Binance.com: use the one that issued the key
ex = ccxt.binanceus({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})
print(ex.fetch_balance()["total"])
