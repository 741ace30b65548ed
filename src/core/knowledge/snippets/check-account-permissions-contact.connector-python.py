import os
from binance.spot import Spot

client = Spot(api_key=os.environ["API_KEY"], api_secret=os.environ["API_SECRET"])
a = client.account()
print(a["canTrade"], a["accountType"], a["permissions"])
