# list open orders (stop/take-profit orders are included), then cancel what you no longer need
QS="symbol={{symbol}}&timestamp=$(date +%s000)"
SIG=$(printf '%s' "$QS" | openssl dgst -sha256 -hmac "$API_SECRET" | sed 's/^.* //')
curl -s -X GET -H "X-MBX-APIKEY: $API_KEY" "https://api.binance.com/api/v3/openOrders?$QS&signature=$SIG"
