"""Steps in the admin that several browser tests take."""


def sign_in(page, username, password, *, to="**/admin/"):
    """Fills in Wagtail's login form; waits for the dashboard unless `to` is None."""
    page.goto("/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(password)
    page.locator("button[type=submit]").click()
    if to:
        page.wait_for_url(to)
