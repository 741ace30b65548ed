# the floor of this symbol, then the mark price: quantity >= notional / markPrice, rounded UP to stepSize
curl -s "https://fapi.binance.com/fapi/v1/exchangeInfo" | jq '.symbols[] | select(.symbol=="{{symbol}}") | .filters[] | select(.filterType=="MIN_NOTIONAL")'
curl -s "https://fapi.binance.com/fapi/v1/premiumIndex?symbol={{symbol}}" | jq .markPrice
