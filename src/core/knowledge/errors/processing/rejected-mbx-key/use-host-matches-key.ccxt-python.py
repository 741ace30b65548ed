import os
import ccxt

ex = ccxt.binanceusdm({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})
ex.set_sandbox_mode(True)  # only for testnet keys; leave it out for mainnet keys
print(ex.fetch_balance()["USDT"])
