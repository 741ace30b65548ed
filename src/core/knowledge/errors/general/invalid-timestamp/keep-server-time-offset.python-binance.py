import time
import os
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])

def resync():
    client.timestamp_offset = client.futures_time()["serverTime"] - int(time.time() * 1000)

resync()  # at start, then every few minutes and after any -1021
