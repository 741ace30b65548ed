# UNTIL is the number after "banned until" in the message (epoch milliseconds)
UNTIL=1700000000000
WAIT=$(( UNTIL / 1000 - $(date +%s) ))
[ "$WAIT" -gt 0 ] && echo "banned for $WAIT more seconds" && sleep "$WAIT"
