import os
from binance.um_futures import UMFutures

um = UMFutures(key=os.environ["API_KEY"], secret=os.environ["API_SECRET"], base_url="https://testnet.binancefuture.com")
print(um.balance())
