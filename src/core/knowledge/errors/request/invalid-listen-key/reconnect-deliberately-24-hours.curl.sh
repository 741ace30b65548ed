curl -s -X POST -H "X-MBX-APIKEY: $API_KEY" "https://fapi.binance.com/fapi/v1/listenKey"  # on every reconnect
