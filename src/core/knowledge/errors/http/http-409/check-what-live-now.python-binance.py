import os
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])
print(client.get_open_orders(symbol="{{symbol}}"))  # after a 409: which order is live now
