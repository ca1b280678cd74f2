# --- MISTAKE: the check says "welcomed is []" --- #
def enable_welcome(greeting):
    def welcome(sender, username, **kwargs):
        welcomed.append(f"{greeting}, {username}!")

    user_registered.connect(lambda sender, **kwargs: welcome(sender, **kwargs))


enable_welcome("Welcome aboard")
gc.collect()  # Python frees what nothing refers to any more (it would, sooner or later)
user_registered.send(sender="accounts", username="ada")
print(welcomed)
