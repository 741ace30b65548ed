import os
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])
last = float(client.get_symbol_ticker(symbol="{{symbol}}")["price"])
stop = round(last * 0.98, 2)  # SELL stop-loss: below the last trade price
client.create_order(symbol="{{symbol}}", side="SELL", type="STOP_LOSS_LIMIT", quantity="0.001",
                    stopPrice=str(stop), price=str(round(stop * 0.999, 2)), timeInForce="GTC")
