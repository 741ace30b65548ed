import os
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])

# pass plain values and let the library encode and sign; do not pre-encode,
# sort, or add "timestamp"/"signature" yourself, and drop parameters that are None
params = {"symbol": "{{symbol}}", "side": "SELL", "type": "MARKET", "quantity": "0.002", "reduceOnly": "true"}
client.futures_create_order(**{k: v for k, v in params.items() if v is not None})
