# --- MISTAKE: the check says "the first call returns True" --- #
def stop_counting():
    return post_save.disconnect(count_product_save)
# --- MISTAKE: the check says "the first call returns True" --- #
def stop_counting():
    post_save.disconnect(count_product_save, sender=Product)
