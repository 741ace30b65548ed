import os
from binance.spot import Spot

client = Spot(api_key=os.environ["API_KEY"], api_secret=os.environ["API_SECRET"])
client.user_universal_transfer(type="MAIN_UMFUTURE", asset="USDT", amount="50")
