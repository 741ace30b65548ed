import os
import ccxt

ex = ccxt.binance({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})
ex.load_markets()
info = ex.market("{{ccxtSymbol}}")["info"]
print(info["status"], info["orderTypes"], info["ocoAllowed"])
