import os
import ccxt

# portfolioMargin=True sends futures calls to /papi/ (only for accounts switched to Portfolio Margin)
ex = ccxt.binance({
    "apiKey": os.environ["API_KEY"],
    "secret": os.environ["API_SECRET"],
    "options": {"defaultType": "future", "portfolioMargin": True},
})
print(ex.fetch_balance()["total"])
