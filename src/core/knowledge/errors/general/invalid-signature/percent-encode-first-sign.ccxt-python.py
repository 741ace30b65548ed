import os
import ccxt

ex = ccxt.binanceusdm({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})

ex.load_markets()
# use the unified symbol; ccxt encodes the exchange id before signing (keep ccxt up to date)
print([s for s in ex.symbols if not s.isascii()][:3])
