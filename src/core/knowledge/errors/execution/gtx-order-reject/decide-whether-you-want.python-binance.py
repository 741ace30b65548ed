import os
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])
book = client.futures_orderbook_ticker(symbol="{{symbol}}")
# a maker BUY must rest below the best ask: join the best bid, never touch the ask
client.futures_create_order(symbol="{{symbol}}", side="BUY", type="LIMIT", timeInForce="GTX",
                            quantity="0.002", price=book["bidPrice"])
# or let Binance pick the price: priceMatch="QUEUE" (best price on your own side), no price
