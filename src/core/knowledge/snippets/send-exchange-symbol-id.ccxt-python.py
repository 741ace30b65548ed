import os
import ccxt

ex = ccxt.binanceusdm({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})
ex.load_markets()
print("BTC/USDT:USDT" in ex.markets, ex.market("BTC/USDT:USDT")["id"])  # unified symbol -> "BTCUSDT"
# COIN-M: ccxt.binancecoinm() and "BTC/USD:BTC"; Spot: ccxt.binance() and "BTC/USDT"
