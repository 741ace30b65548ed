import os
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])
name = "MARKET_LOT_SIZE"  # the filter named in the message
info = client.get_symbol_info("{{symbol}}")
print(info["status"], [f for f in info["filters"] if f["filterType"] == name])
