import os
from binance.um_futures import UMFutures

um = UMFutures(key=os.environ["API_KEY"], secret=os.environ["API_SECRET"])
book = um.book_ticker(symbol="{{symbol}}")
um.new_order(symbol="{{symbol}}", side="BUY", type="LIMIT", timeInForce="GTX",
             quantity="0.002", price=book["bidPrice"])
