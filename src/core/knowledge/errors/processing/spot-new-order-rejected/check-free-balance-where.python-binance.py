import os
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])
b = client.get_asset_balance(asset="USDT")  # BUY {{symbol}} pays USDT; SELL pays BTC
print("free", b["free"], "locked in open orders", b["locked"])
print(client.get_open_orders(symbol="{{symbol}}"))
