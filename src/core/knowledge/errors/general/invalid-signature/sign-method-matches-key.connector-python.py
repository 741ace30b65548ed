import os
from binance.um_futures import UMFutures

# an HMAC key pair: API key + secret key exactly as shown when the key was created
um = UMFutures(key=os.environ["API_KEY"], secret=os.environ["API_SECRET"])
print(um.balance()[:1])
