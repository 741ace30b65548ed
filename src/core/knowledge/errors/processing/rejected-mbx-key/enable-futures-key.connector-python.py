import os
from binance.spot import Spot

client = Spot(api_key=os.environ["API_KEY"], api_secret=os.environ["API_SECRET"])
p = client.api_key_permissions()
print(p["enableFutures"], p["enableSpotAndMarginTrading"], p["ipRestrict"])
