import os
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])
p = client.get_account_api_permissions()
print(p["enableFutures"], p["enableSpotAndMarginTrading"], p["ipRestrict"])
