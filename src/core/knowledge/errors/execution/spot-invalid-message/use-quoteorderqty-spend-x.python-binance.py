import os
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])
# spend 25 USDT; Binance works out the BTC quantity
client.order_market_buy(symbol="{{symbol}}", quoteOrderQty="25")
