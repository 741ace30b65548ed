# the used weight of your IP comes back on every response
curl -s -D - -o /dev/null "https://fapi.binance.com/fapi/v1/time" | grep -i 'x-mbx-used-weight'
