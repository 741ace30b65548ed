import os
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])
print(client.futures_get_open_algo_orders(symbol="{{symbol}}"))  # STOP / TAKE_PROFIT / trailing orders live here
client.futures_cancel_algo_order(symbol="{{symbol}}", algoId=123456)
