import os
from binance.cm_futures import CMFutures

cm = CMFutures(key=os.environ["API_KEY"], secret=os.environ["API_SECRET"])
cm.new_order(symbol="{{symbol}}", side="BUY", type="MARKET", quantity=5)  # 5 contracts
