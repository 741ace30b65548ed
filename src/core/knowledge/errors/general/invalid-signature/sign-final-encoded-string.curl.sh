# the signed text is exactly QS; the URL sends QS unchanged with signature last
QS="symbol={{symbol}}&side=SELL&type=MARKET&quantity=0.002&timestamp=$(date +%s000)"
SIG=$(printf '%s' "$QS" | openssl dgst -sha256 -hmac "$API_SECRET" | sed 's/^.* //')
curl -s -X POST -H "X-MBX-APIKEY: $API_KEY" "https://fapi.binance.com/fapi/v1/order?$QS&signature=$SIG"
