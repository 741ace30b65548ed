import os
import ccxt

ex = ccxt.binanceusdm({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})
print(ex.fetch_leverage("{{ccxtSymbol}}"))
ex.set_leverage(5, "{{ccxtSymbol}}")
