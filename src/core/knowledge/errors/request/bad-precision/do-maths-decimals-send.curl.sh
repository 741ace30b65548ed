# read the grid for the symbol: quantityPrecision, pricePrecision, LOT_SIZE.stepSize, PRICE_FILTER.tickSize
curl -s "https://fapi.binance.com/fapi/v1/exchangeInfo" | jq '.symbols[] | select(.symbol=="{{symbol}}") | {quantityPrecision, pricePrecision, filters: [.filters[] | select(.filterType=="LOT_SIZE" or .filterType=="PRICE_FILTER")]}'
# send plain decimals that are whole multiples of stepSize / tickSize
QS="symbol={{symbol}}&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.012&price=64321.3&timestamp=$(date +%s000)"
SIG=$(printf '%s' "$QS" | openssl dgst -sha256 -hmac "$API_SECRET" | sed 's/^.* //')
curl -s -X POST -H "X-MBX-APIKEY: $API_KEY" "https://fapi.binance.com/fapi/v1/order?$QS&signature=$SIG"
