import os
import ccxt

ex = ccxt.binance({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})
print(ex.fetch_open_orders("{{ccxtSymbol}}"))  # after a 409: see which order is live now
