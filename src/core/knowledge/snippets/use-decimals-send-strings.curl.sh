curl -s "https://api.binance.com/api/v3/exchangeInfo?symbol={{symbol}}" | jq '.symbols[0].filters[] | select(.filterType=="LOT_SIZE" or .filterType=="PRICE_FILTER")'
QS="symbol={{symbol}}&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.00123&price=64321.37&timestamp=$(date +%s000)"
SIG=$(printf '%s' "$QS" | openssl dgst -sha256 -hmac "$API_SECRET" | sed 's/^.* //')
curl -s -X POST -H "X-MBX-APIKEY: $API_KEY" "https://api.binance.com/api/v3/order?$QS&signature=$SIG"
