# use Binance time for the timestamp of a signed request
OFFSET=$(( $(curl -s "https://fapi.binance.com/fapi/v1/time" | sed 's/[^0-9]//g') - $(date +%s%3N) ))
QS="recvWindow=5000&timestamp=$(( $(date +%s%3N) + OFFSET ))"
SIG=$(printf '%s' "$QS" | openssl dgst -sha256 -hmac "$API_SECRET" | sed 's/^.* //')
curl -s -H "X-MBX-APIKEY: $API_KEY" "https://fapi.binance.com/fapi/v2/balance?$QS&signature=$SIG"
