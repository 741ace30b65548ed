import os
import ccxt

ex = ccxt.binanceusdm({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"],
                      "options": {"adjustForTimeDifference": True}})
ex.load_markets()  # measures the offset
ex.load_time_difference()  # call again every few minutes and after any -1021
