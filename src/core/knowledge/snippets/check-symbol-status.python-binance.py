import os
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])
s = client.get_symbol_info("{{symbol}}")
print(s["status"], s["orderTypes"], s["ocoAllowed"], s["quoteOrderQtyMarketAllowed"], s["icebergAllowed"])
