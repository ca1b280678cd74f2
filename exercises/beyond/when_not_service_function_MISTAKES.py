# --- MISTAKE: the check says "check the stock before creating the Order" --- #
def place_order(product, quantity):
    """Order `quantity` of `product`, or refuse."""
    order = Order.objects.create(product_name=product.name,
                                 quantity=quantity)
    if quantity > product.stock:
        raise ValueError(f"only {product.stock} {product.name}(s) left")
    product.stock -= quantity
    product.save()
    return order
