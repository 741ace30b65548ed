# minNotional of the symbol and the average price it is checked against
curl -s "https://api.binance.com/api/v3/exchangeInfo?symbol={{symbol}}" | jq '.symbols[0].filters[] | select(.filterType=="NOTIONAL" or .filterType=="MIN_NOTIONAL")'
curl -s "https://api.binance.com/api/v3/avgPrice?symbol={{symbol}}"
