"""The published FAQ of the demo desk, in the order of the public page."""

from .faq_practical import FAQ_PRACTICAL
from .faq_programme import FAQ_PROGRAMME

FAQ = [*FAQ_PRACTICAL, *FAQ_PROGRAMME]
