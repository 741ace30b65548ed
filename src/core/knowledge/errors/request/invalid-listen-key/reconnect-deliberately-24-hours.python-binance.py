import time
import os
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])
started = time.time()
key = client.futures_stream_get_listen_key()
# ... open wss://fstream.binance.com/ws/<key> ...
if time.time() - started > 23 * 3600:  # plan the reconnect before Binance cuts it at 24 h
    key = client.futures_stream_get_listen_key()  # returns the active key or a new one
    started = time.time()
