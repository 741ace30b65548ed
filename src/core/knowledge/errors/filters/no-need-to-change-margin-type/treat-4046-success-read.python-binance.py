import os
from binance.client import Client
from binance.exceptions import BinanceAPIException

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])

try:
    client.futures_change_margin_type(symbol="{{symbol}}", marginType="ISOLATED")
except BinanceAPIException as e:
    if e.code != -4046:  # -4046: already ISOLATED, nothing to do
        raise
