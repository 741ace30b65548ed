import os
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])
print(client.futures_get_multi_assets_mode())  # {"multiAssetsMargin": true} = other assets count as margin
