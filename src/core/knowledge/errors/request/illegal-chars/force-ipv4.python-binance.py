import os
import socket
import urllib3.util.connection

# resolve Binance's hosts to IPv4 only, before the first request
urllib3.util.connection.allowed_gai_family = lambda: socket.AF_INET

from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])
print(client.get_account()["canTrade"])
