import os
from binance.spot import Spot

client = Spot(api_key=os.environ["API_KEY"], api_secret=os.environ["API_SECRET"])
bid = client.book_ticker(symbol="{{symbol}}")["bidPrice"]
client.new_order(symbol="{{symbol}}", side="BUY", type="LIMIT_MAKER", quantity=0.001, price=bid)
