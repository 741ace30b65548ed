import os
import socket
import urllib3.util.connection

# resolve Binance's hosts to IPv4 only, before the first request
urllib3.util.connection.allowed_gai_family = lambda: socket.AF_INET

from binance.spot import Spot

client = Spot(api_key=os.environ["API_KEY"], api_secret=os.environ["API_SECRET"])
print(client.account()["canTrade"])
