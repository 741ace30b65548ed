import os
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])
hedge = client.futures_get_position_mode()["dualSidePosition"]
extra = {"positionSide": "LONG"} if hedge else {}  # the side whose isolated margin you change
# type=1 adds margin, type=2 removes it
client.futures_change_position_margin(symbol="{{symbol}}", amount="5", type=1, **extra)
