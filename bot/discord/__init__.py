"""The Discord side of the application, shared by the cogs.

Deliveries (`delivery`), command sync (`command_sync`), how a message becomes the
scorer's input (`message_scoring`), the one permissions table (`permissions`), and
errors by what they handle: answers to interactions (`interaction_errors`) and
failed REST calls (`rest_errors`).
"""
