import os
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])

info = client.futures_exchange_info()  # heavy: fetch once at start and keep it
orders = client.futures_get_open_orders(symbol="{{symbol}}")  # with symbol: weight 1; without: 40
