import os
import socket
import urllib3.util.connection

# resolve Binance's hosts to IPv4 only, before the first request
urllib3.util.connection.allowed_gai_family = lambda: socket.AF_INET

import ccxt

ex = ccxt.binance({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})
print(ex.fetch_balance()["total"])
