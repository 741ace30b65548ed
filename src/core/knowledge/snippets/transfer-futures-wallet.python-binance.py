import os
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])
# MAIN_UMFUTURE = Spot -> USD-M; MAIN_CMFUTURE = Spot -> COIN-M
client.make_universal_transfer(type="MAIN_UMFUTURE", asset="USDT", amount="50")
