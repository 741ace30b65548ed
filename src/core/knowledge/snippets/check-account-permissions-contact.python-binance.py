import os
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])
a = client.get_account()
print(a["canTrade"], a["accountType"], a["permissions"])
