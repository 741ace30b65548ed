import os
from binance.spot import Spot

client = Spot(api_key=os.environ["API_KEY"], api_secret=os.environ["API_SECRET"])
o = client.get_order("{{symbol}}", origClientOrderId="bot-0001")
if o["status"] in ("NEW", "PARTIALLY_FILLED"):
    client.cancel_order("{{symbol}}", origClientOrderId="bot-0001")
