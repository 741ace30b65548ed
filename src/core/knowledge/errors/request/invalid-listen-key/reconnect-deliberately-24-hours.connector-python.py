import os
from binance.um_futures import UMFutures

um = UMFutures(key=os.environ["API_KEY"], secret=os.environ["API_SECRET"])
# on every reconnect: POST again (returns the active key or a new one), then subscribe with it
key = um.new_listen_key()["listenKey"]
