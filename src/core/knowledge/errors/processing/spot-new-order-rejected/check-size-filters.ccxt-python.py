import os
import ccxt

ex = ccxt.binance({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})
ex.load_markets()
m = ex.market("{{ccxtSymbol}}")
print(m["limits"]["cost"], m["limits"]["amount"], m["precision"])
