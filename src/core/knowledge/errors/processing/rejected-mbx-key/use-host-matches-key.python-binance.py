import os
from binance.client import Client

# testnet keys only work with testnet=True; mainnet keys only without it
client = Client(os.environ["API_KEY"], os.environ["API_SECRET"], testnet=True)
print(client.futures_account_balance())
