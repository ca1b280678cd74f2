# page: lessons/5-pitfalls.md
# suggestion: delete the two `logging.disable` lines and run again to see the report.
# shows: Error calling update_crm in Signal.send_robust() (the CRM is down)
# --- replace --- #
logging.disable(logging.ERROR)  # hide the error report it logs
# --- with --- #
# --- replace --- #
logging.disable(logging.NOTSET)  # logging back on
# --- with --- #
