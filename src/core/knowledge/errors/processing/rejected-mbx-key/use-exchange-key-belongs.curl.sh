# Binance.US keys: api.binance.us; Binance.com keys: api.binance.com (the two exchanges share no accounts)
QS="timestamp=$(date +%s000)"
SIG=$(printf '%s' "$QS" | openssl dgst -sha256 -hmac "$API_SECRET" | sed 's/^.* //')
curl -s -H "X-MBX-APIKEY: $API_KEY" "https://api.binance.us/api/v3/account?$QS&signature=$SIG"
