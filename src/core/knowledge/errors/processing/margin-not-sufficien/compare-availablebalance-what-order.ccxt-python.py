import os
import ccxt

ex = ccxt.binanceusdm({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})
free = ex.fetch_balance()["USDT"]["free"]
lev = ex.fetch_leverage("{{ccxtSymbol}}")["longLeverage"]
price = ex.fetch_ticker("{{ccxtSymbol}}")["last"]
print("max qty ~", free * lev * 0.95 / price)
