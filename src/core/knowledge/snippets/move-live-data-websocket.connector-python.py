from binance.websocket.um_futures.websocket_client import UMFuturesWebsocketClient

def on_message(_, message):
    print(message)

ws = UMFuturesWebsocketClient(on_message=on_message)
ws.mark_price(symbol="btcusdt", speed=1)
