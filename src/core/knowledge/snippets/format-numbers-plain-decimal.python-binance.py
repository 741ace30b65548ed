from decimal import Decimal
import os
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])
qty = format(Decimal(str(0.00001)).normalize(), "f")  # "0.00001", never "1e-05"
client.futures_create_order(symbol="{{symbol}}", side="BUY", type="LIMIT", quantity=qty, price="60000", timeInForce="GTC")
