import os
from binance.um_futures import UMFutures

um = UMFutures(key=os.environ["API_KEY"], secret=os.environ["API_SECRET"])
status = {s["symbol"]: s["status"] for s in um.exchange_info()["symbols"]}
print(status.get("1000SHIBUSDT"))  # None = not a USD-M symbol; anything but TRADING = not tradable now
# COIN-M: from binance.cm_futures import CMFutures; CMFutures().exchange_info()
