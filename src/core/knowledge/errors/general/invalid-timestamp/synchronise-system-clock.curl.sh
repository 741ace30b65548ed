# compare your clock with Binance (both in milliseconds)
date +%s%3N
curl -s "https://fapi.binance.com/fapi/v1/time"
# Linux: turn on NTP sync and step the clock now
sudo timedatectl set-ntp true && sudo chronyc makestep
