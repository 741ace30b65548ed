import os
from binance.um_futures import UMFutures

um = UMFutures(key=os.environ["API_KEY"].strip(), secret=os.environ["API_SECRET"].strip())
print(um.balance()[:1])  # testnet keys need base_url="https://testnet.binancefuture.com"
