"""Badges: who gets one, what is printed on it (photo, names in two scripts, role, access zones, a QR code that
carries only a random secret), reprints that revoke the old secret, and print-ready PDFs."""
