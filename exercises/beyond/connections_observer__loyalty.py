# page: beyond/connections.md
# suggestion: In both editors, add a third reaction that prints `loyalty: +19 points`.
# shows: loyalty: +19 points
# --- PYODIDE:code --- #
class Subject:
    """The observer pattern in ten lines: a list of observers, and a way to notify them all."""

    def __init__(self):
        self.observers = []

    def attach(self, observer):
        self.observers.append(observer)

    def notify(self, **event):
        for observer in self.observers:
            observer(**event)


order_placed = Subject()


def email_customer(order_id, total):
    print(f"  email: order {order_id} is confirmed")


def reserve_stock(order_id, total):
    print(f"  stock: items of order {order_id} are reserved")


def award_points(order_id, total):
    print(f"  loyalty: +{int(total)} points")


order_placed.attach(email_customer)
order_placed.attach(reserve_stock)
order_placed.attach(award_points)


def place_order(order_id, total):
    print(f"Order {order_id} placed, {total:.2f} EUR")
    order_placed.notify(order_id=order_id, total=total)
    print("place_order() returns")


place_order(42, 19.90)
