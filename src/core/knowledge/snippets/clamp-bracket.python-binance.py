import os
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])
info = client.futures_leverage_bracket(symbol="{{symbol}}")
brackets = info[0]["brackets"] if isinstance(info, list) else info["brackets"]
max_lev = max(b["initialLeverage"] for b in brackets)  # smaller for bigger positions
client.futures_change_leverage(symbol="{{symbol}}", leverage=min(25, max_lev))
