# everything in the body; the signature covers exactly that body
BODY="symbol={{symbol}}&side=BUY&type=MARKET&quantity=0.002&timestamp=$(date +%s000)"
SIG=$(printf '%s' "$BODY" | openssl dgst -sha256 -hmac "$API_SECRET" | sed 's/^.* //')
curl -s -X POST -H "X-MBX-APIKEY: $API_KEY" -d "$BODY&signature=$SIG" "https://fapi.binance.com/fapi/v1/order"
