"""What the event's machine-readable forms (schema.org JSON-LD, iCal) say about registration."""

from events.registration.places import offers, settings_of

IN_STOCK = "https://schema.org/InStock"
SOLD_OUT = "https://schema.org/SoldOut"
OUT_OF_STOCK = "https://schema.org/OutOfStock"


def registration_offer(event, occurrence=None):
    """The offer of the given date (else the next) when visitors register on the portal, or None."""
    settings = settings_of(event)
    if settings is None:
        return None
    occurrences = [occurrence] if occurrence else event.upcoming_occurrences(limit=1)
    found = offers(event, occurrences, settings)
    return found[0] if found else None


def schema_availability(offer):
    if offer is None or offer.closed:
        # The deadline has passed, or no date is left: nobody can register any more.
        return OUT_OF_STOCK
    return SOLD_OUT if offer.fully_booked else IN_STOCK


def registration_address(event, request=None):
    """Where to register: the form on the event page."""
    return event.get_full_url(request) + "#registration"
