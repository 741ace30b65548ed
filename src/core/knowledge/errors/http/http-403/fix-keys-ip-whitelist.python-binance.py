import os
from binance.client import Client
from binance.exceptions import BinanceAPIException

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])

try:
    client.futures_account_balance()
except BinanceAPIException as e:
    print(e.status_code, e.response.text[:400])  # HTML from CloudFront = WAF; JSON with a code = key/IP
