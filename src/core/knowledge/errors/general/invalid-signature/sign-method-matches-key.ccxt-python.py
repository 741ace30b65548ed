import os
import ccxt

# ccxt signs with RSA/Ed25519 when the secret is a PEM private key
ex = ccxt.binanceusdm({"apiKey": os.environ["API_KEY"], "secret": open("ed25519-private.pem").read()})
print(ex.fetch_balance()["USDT"])
