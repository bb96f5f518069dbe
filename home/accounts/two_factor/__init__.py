"""Optional two-factor login for the admin: a code from an authenticator app after the password.

Built on django-otp (TOTP devices), with our own views rather than wagtail-2fa. wagtail-2fa 1.8.0
(checked for this: it requires Wagtail >= 7 and Django >= 5.2, so it would install) falls short
here: its screens live under /admin/2fa/… (the portal's /admin/two-factor/ addresses would
change), it ships catalogues for English, French, Dutch, Portuguese and Swedish only (the admin
speaks German, Turkish, Arabic, Persian and six more) and hard-codes an untranslated "2FA Setup"
menu label, and it brings `six` and `qrcode` along. The portal keeps two-factor optional and
urges the accounts the apps name (moderators, home.registry) on the dashboard.
"""
