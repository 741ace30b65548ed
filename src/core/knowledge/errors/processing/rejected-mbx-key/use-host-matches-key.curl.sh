# testnet key -> testnet host; mainnet key -> fapi.binance.com
QS="timestamp=$(date +%s000)"
SIG=$(printf '%s' "$QS" | openssl dgst -sha256 -hmac "$API_SECRET" | sed 's/^.* //')
curl -s -X GET -H "X-MBX-APIKEY: $API_KEY" "https://testnet.binancefuture.com/fapi/v3/balance?$QS&signature=$SIG"
