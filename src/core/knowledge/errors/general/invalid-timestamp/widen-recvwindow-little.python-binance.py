import os
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])

client.REQUEST_RECVWINDOW = 10000  # python-binance >= 1.0.23 writes this into every signed call
client.futures_account_balance()
