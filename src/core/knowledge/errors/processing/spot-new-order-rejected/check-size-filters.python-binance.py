import os
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])
f = {x["filterType"]: x for x in client.get_symbol_info("{{symbol}}")["filters"]}
print(f.get("NOTIONAL"), f["LOT_SIZE"], f["PRICE_FILTER"])
qty, price = 0.001, 60000.0
print("notional", qty * price)  # must be > 0 and inside NOTIONAL min/max
