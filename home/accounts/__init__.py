"""Admin accounts: two-factor login, login throttling, password reset, the password forms."""
