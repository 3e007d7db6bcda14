"""The use cases of each area. Every write goes through here, one transaction per user action.

Never imports Qt; the GUI and the command line both call these functions.
"""
