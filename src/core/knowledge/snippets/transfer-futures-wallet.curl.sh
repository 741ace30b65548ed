# needs a key with "Permits Universal Transfer" enabled
QS="type=MAIN_UMFUTURE&asset=USDT&amount=50&timestamp=$(date +%s000)"
SIG=$(printf '%s' "$QS" | openssl dgst -sha256 -hmac "$API_SECRET" | sed 's/^.* //')
curl -s -X POST -H "X-MBX-APIKEY: $API_KEY" "https://api.binance.com/sapi/v1/asset/transfer?$QS&signature=$SIG"
