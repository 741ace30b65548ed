import binance
import os
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])

print(binance.__version__)  # recent releases encode the symbol before signing; upgrade if old
client.futures_create_order(symbol="币安人生USDT", side="BUY", type="MARKET", quantity="10")
