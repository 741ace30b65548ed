# create (or get back the active) key, then PUT it every 30 minutes
curl -s -X POST -H "X-MBX-APIKEY: $API_KEY" "https://fapi.binance.com/fapi/v1/listenKey"
curl -s -X PUT -H "X-MBX-APIKEY: $API_KEY" "https://fapi.binance.com/fapi/v1/listenKey"
# COIN-M: /dapi/v1/listenKey; Portfolio Margin: /papi/v1/listenKey
