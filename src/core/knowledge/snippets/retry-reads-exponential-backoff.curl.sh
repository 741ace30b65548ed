for d in 0.2 0.4 0.8 1.6 3.2; do  # reads only
  curl -sf "https://fapi.binance.com/fapi/v1/time" && break
  sleep "$d"
done
