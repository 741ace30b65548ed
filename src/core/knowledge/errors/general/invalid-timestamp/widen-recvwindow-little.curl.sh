# recvWindow is in milliseconds, at most 60000; it only widens the "too late" side
QS="recvWindow=10000&timestamp=$(date +%s000)"
SIG=$(printf '%s' "$QS" | openssl dgst -sha256 -hmac "$API_SECRET" | sed 's/^.* //')
curl -s -X GET -H "X-MBX-APIKEY: $API_KEY" "https://fapi.binance.com/fapi/v2/balance?$QS&signature=$SIG"
