import os
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])
print(client.futures_symbol_config(symbol="{{symbol}}")[0]["leverage"])
client.futures_change_leverage(symbol="{{symbol}}", leverage=5)
