# a signed read: if this fails with -1022 too, the secret (or its environment) is wrong
QS="timestamp=$(date +%s000)"
SIG=$(printf '%s' "$QS" | openssl dgst -sha256 -hmac "$API_SECRET" | sed 's/^.* //')
curl -s -X GET -H "X-MBX-APIKEY: $API_KEY" "https://fapi.binance.com/fapi/v2/balance?$QS&signature=$SIG"
