import os
import ccxt

ex = ccxt.binanceusdm({"apiKey": os.environ["API_KEY"].strip(), "secret": os.environ["API_SECRET"].strip()})
ex.check_required_credentials()
print(ex.fetch_balance()["USDT"])  # signed: works only if the secret matches the key
