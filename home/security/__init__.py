"""Security of every response: headers and the Content-Security-Policy, rate limits, the visitor's address."""
