import os
from binance.client import Client

# Ed25519/RSA key: pass the PEM private key, not api_secret
client = Client(os.environ["API_KEY"], private_key=open("ed25519-private.pem").read())
print(client.futures_account_balance()[:1])
