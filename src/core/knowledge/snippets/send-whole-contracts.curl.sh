curl -s "https://dapi.binance.com/dapi/v1/exchangeInfo" | jq '.symbols[] | select(.symbol=="{{symbol}}") | {contractSize, quantityPrecision}'
QS="symbol={{symbol}}&side=BUY&type=MARKET&quantity=5&timestamp=$(date +%s000)"
SIG=$(printf '%s' "$QS" | openssl dgst -sha256 -hmac "$API_SECRET" | sed 's/^.* //')
curl -s -X POST -H "X-MBX-APIKEY: $API_KEY" "https://dapi.binance.com/dapi/v1/order?$QS&signature=$SIG"
