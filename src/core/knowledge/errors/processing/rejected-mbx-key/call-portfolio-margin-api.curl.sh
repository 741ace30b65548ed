# a Portfolio Margin account reaches its USD-M futures through papi.binance.com, not fapi.binance.com
QS="timestamp=$(date +%s000)"
SIG=$(printf '%s' "$QS" | openssl dgst -sha256 -hmac "$API_SECRET" | sed 's/^.* //')
curl -s -H "X-MBX-APIKEY: $API_KEY" "https://papi.binance.com/papi/v1/um/account?$QS&signature=$SIG"
