"""Machine pre-translation of pages, reviewed by people (issue 19).

The engine is chosen by the server's environment (``MOKME_MT_ENGINE``); without one nothing is
offered and nothing leaves the server. Requests are made only from the server while an editor
asks for a pre-translation, never from a visitor's browser.
"""
