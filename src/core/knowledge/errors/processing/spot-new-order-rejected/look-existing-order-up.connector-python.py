import uuid
import os
from binance.spot import Spot

client = Spot(api_key=os.environ["API_KEY"], api_secret=os.environ["API_SECRET"])
cid = "bot-" + uuid.uuid4().hex[:24]
client.new_order(symbol="{{symbol}}", side="BUY", type="LIMIT", quantity=0.001, price=60000, timeInForce="GTC", newClientOrderId=cid)
