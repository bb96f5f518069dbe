"""What a phone downloads on a first visit to the home page, from the bench's gunicorn.

Counted by `tests/page_weight.py` in Debian's Chromium, as the browser test does, but against
production's stack: whitenoise's precompressed static files and the app's compressed pages.
"""

import shutil

from tests.page_weight import HOME_BUDGET_BYTES, first_visit

HOME_PAGES = ("/de/", "/ar/", "/fa/", "/tr/", "/kmr/")
KINDS = (
    ("font", "fonts"),
    ("image", "images"),
    ("stylesheet", "CSS"),
    ("script", "JS"),
    ("document", "HTML"),
)


def measure(base_url: str, media_root, log) -> list[dict]:
    from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS

    if shutil.which(CHROMIUM) is None:
        log(f"  page weight skipped: {CHROMIUM} is not installed")
        return []
    from playwright.sync_api import sync_playwright

    rows = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            for path in HOME_PAGES:
                weight = first_visit(browser, base_url + path, media_root=media_root)
                rows.append({"url": path, "bytes": weight.total, "by_kind": dict(weight.by_kind)})
                log(f"  page weight {weight.describe()}")
        finally:
            browser.close()
    return rows


def table(rows: list[dict]) -> str:
    if not rows:
        return "Page weight: not measured (no Chromium)."
    lines = [
        f"Home page on a phone's first visit (Chromium, 390×844, KB transferred; "
        f"budget ≤ {HOME_BUDGET_BYTES // 1000} KB):",
        "",
        "| page | total | " + " | ".join(label for _, label in KINDS) + " |",
        "|---|---:|" + "---:|" * len(KINDS),
    ]
    for row in rows:
        mark = "✓" if row["bytes"] <= HOME_BUDGET_BYTES else "✗"
        kinds = " | ".join(f"{row['by_kind'].get(kind, 0) / 1000:.1f}" for kind, _ in KINDS)
        lines.append(f"| `{row['url']}` | {row['bytes'] / 1000:.1f} {mark} | {kinds} |")
    return "\n".join(lines)
