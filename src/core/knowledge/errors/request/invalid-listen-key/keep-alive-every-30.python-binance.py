import time
import os
from binance.client import Client
from binance.exceptions import BinanceAPIException

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])

key = client.futures_stream_get_listen_key()
while True:
    time.sleep(30 * 60)  # every 30 minutes, well inside the 60-minute validity
    try:
        client.futures_stream_keepalive(listenKey=key)
    except BinanceAPIException as e:
        if e.code != -1125:
            raise
        key = client.futures_stream_get_listen_key()  # new key: reconnect the socket with it
