import os
import ccxt

ex = ccxt.binanceusdm({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})

ex.load_markets()  # once; ccxt caches exchangeInfo after this
orders = ex.fetch_open_orders("{{ccxtSymbol}}")  # always pass the symbol
