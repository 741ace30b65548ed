import os
from binance.client import Client

key, secret = os.environ["API_KEY"].strip(), os.environ["API_SECRET"].strip()  # no stray newline
client = Client(key, secret, testnet=False)  # testnet=True only with testnet keys
print(client.futures_account_balance()[:1])  # a signed call: works only if the secret matches
