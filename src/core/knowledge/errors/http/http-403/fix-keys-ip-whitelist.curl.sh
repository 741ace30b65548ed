# print the status line and the start of the body
curl -s -i "https://fapi.binance.com/fapi/v1/time" | head -20
