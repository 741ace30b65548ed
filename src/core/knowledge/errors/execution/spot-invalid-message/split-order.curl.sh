curl -s "https://api.binance.com/api/v3/exchangeInfo?symbol={{symbol}}" | jq '.symbols[0] | {status, filters: [.filters[] | select(.filterType=="NOTIONAL")]}'
