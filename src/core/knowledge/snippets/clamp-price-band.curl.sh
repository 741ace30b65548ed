# band: PERCENT_PRICE multiplierUp/multiplierDown around the mark price
curl -s "https://fapi.binance.com/fapi/v1/exchangeInfo" | jq '.symbols[] | select(.symbol=="{{symbol}}") | .filters[] | select(.filterType=="PERCENT_PRICE")'
curl -s "https://fapi.binance.com/fapi/v1/premiumIndex?symbol={{symbol}}" | jq .markPrice
QS="symbol={{symbol}}&side=BUY&type=LIMIT&timeInForce=IOC&quantity=0.002&price=64500.0&timestamp=$(date +%s000)"
SIG=$(printf '%s' "$QS" | openssl dgst -sha256 -hmac "$API_SECRET" | sed 's/^.* //')
curl -s -X POST -H "X-MBX-APIKEY: $API_KEY" "https://fapi.binance.com/fapi/v1/order?$QS&signature=$SIG"
