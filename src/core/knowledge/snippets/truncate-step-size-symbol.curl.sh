# read stepSize/minQty (LOT_SIZE for limit orders, MARKET_LOT_SIZE for market orders)
curl -s "https://fapi.binance.com/fapi/v1/exchangeInfo" | jq '.symbols[] | select(.symbol=="{{symbol}}") | .filters[] | select(.filterType=="MARKET_LOT_SIZE")'
QS="symbol={{symbol}}&side=BUY&type=MARKET&quantity=0.012&timestamp=$(date +%s000)"
SIG=$(printf '%s' "$QS" | openssl dgst -sha256 -hmac "$API_SECRET" | sed 's/^.* //')
curl -s -X POST -H "X-MBX-APIKEY: $API_KEY" "https://fapi.binance.com/fapi/v1/order?$QS&signature=$SIG"
