# Hedge Mode: name the side whose isolated margin you change (type=1 adds, type=2 removes)
QS="symbol={{symbol}}&positionSide=LONG&amount=5&type=1&timestamp=$(date +%s000)"
SIG=$(printf '%s' "$QS" | openssl dgst -sha256 -hmac "$API_SECRET" | sed 's/^.* //')
curl -s -X POST -H "X-MBX-APIKEY: $API_KEY" "https://fapi.binance.com/fapi/v1/positionMargin?$QS&signature=$SIG"
