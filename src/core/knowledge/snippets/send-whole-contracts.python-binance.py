import os
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])
# COIN-M quantity = number of contracts ({{symbol}}: 100 USD each), a whole number
contracts = int(500 // 100)
client.futures_coin_create_order(symbol="{{symbol}}", side="BUY", type="MARKET", quantity=contracts)
