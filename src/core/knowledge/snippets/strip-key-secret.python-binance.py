import os
from binance.client import Client

key, secret = os.environ["API_KEY"].strip(), os.environ["API_SECRET"].strip()
print(len(key), len(secret))  # both normally 64 characters, letters and digits only
client = Client(key, secret)
print(client.futures_account_balance())  # any signed call proves the pair works
