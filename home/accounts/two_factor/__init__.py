"""Optional two-factor login for the admin: a code from an authenticator app after the password."""
