"""The congress's news items, in several languages, published at their scheduled time, with RSS and Atom feeds."""
