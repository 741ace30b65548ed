import os
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])
book = client.get_orderbook_ticker(symbol="{{symbol}}")
price = float(book["bidPrice"])  # a maker BUY must stay below the best ask; the best bid is safe
client.create_order(symbol="{{symbol}}", side="BUY", type="LIMIT_MAKER", quantity="0.001", price=str(price))
