# the band multipliers and the average price they apply to
curl -s "https://api.binance.com/api/v3/exchangeInfo?symbol={{symbol}}" | jq '.symbols[0].filters[] | select(.filterType|startswith("PERCENT_PRICE"))'
curl -s "https://api.binance.com/api/v3/avgPrice?symbol={{symbol}}"
