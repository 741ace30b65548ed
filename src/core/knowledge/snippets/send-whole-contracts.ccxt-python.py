import os
import ccxt

ex = ccxt.binancecoinm({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})
ex.load_markets()
print(ex.market("{{ccxtSymbol}}")["contractSize"])  # USD per contract
ex.create_order("{{ccxtSymbol}}", "market", "buy", 5)  # 5 contracts
