import os
from binance.um_futures import UMFutures

um = UMFutures(key=os.environ["API_KEY"], secret=os.environ["API_SECRET"])
orders = [{"symbol": "{{symbol}}", "side": "BUY", "type": "LIMIT", "quantity": "0.01", "price": "60000", "timeInForce": "GTC"}]
um.new_batch_order(batchOrders=orders)
