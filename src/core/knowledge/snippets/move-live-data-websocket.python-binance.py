from binance import ThreadedWebsocketManager

def on_mark(msg):
    print(msg)

twm = ThreadedWebsocketManager()
twm.start()
twm.start_symbol_mark_price_socket(callback=on_mark, symbol="{{symbol}}")
twm.join()
