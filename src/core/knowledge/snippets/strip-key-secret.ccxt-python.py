import os
import ccxt

key, secret = os.environ["API_KEY"].strip(), os.environ["API_SECRET"].strip()
print(len(key), len(secret))
ex = ccxt.binanceusdm({"apiKey": key, "secret": secret})
print(ex.fetch_balance()["USDT"])
