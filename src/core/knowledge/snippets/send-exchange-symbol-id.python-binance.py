import os
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])
usdm = {s["symbol"]: s["status"] for s in client.futures_exchange_info()["symbols"]}
coinm = {s["symbol"]: s["contractStatus"] for s in client.futures_coin_exchange_info()["symbols"]}
print("USD-M:", usdm.get("1000SHIBUSDT"), "COIN-M:", coinm.get("BTCUSD_PERP"))
# USD-M symbols go to futures_* methods, COIN-M to futures_coin_*, Spot to get_*/create_order
