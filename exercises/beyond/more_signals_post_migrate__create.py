# page: beyond/more-built-in-signals.md
# suggestion: Try this: replace `get_or_create` with `create` (and `plan, created` with `plan`
# shows: IntegrityError: UNIQUE constraint failed: app_plan.name
# --- replace --- #
    plan, created = Plan.objects.using(using).get_or_create(name="Free")
    print(f"post_migrate for {app_config.label}: Free plan created={created}")
# --- with --- #
    plan = Plan.objects.using(using).create(name="Free")
    print(f"post_migrate for {app_config.label}: Free plan created")
