import os
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])
br = client.futures_leverage_bracket(symbol="{{symbol}}")[0]["brackets"]
for b in br:
    print(b["initialLeverage"], "x up to", b["notionalCap"])
