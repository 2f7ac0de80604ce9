"""The columns of a file of delegation members, and the names and answers the import understands in them.

Header names and labels are compared after `fold`, in English, French and Spanish besides the site's languages."""

import unicodedata

from plenaria.delegations.enums import DelegationRole

MAX_ROWS = 500
# Each column: our name for it, its heading in the template, the template's example member.
TEMPLATE_COLUMNS = [
    ("given_name", "Given name", "Amina"),
    ("family_name", "Family name", "Haddad"),
    ("email", "E-mail", "amina.haddad@mofa.example"),
    ("role", "Role", "delegate"),
    ("title", "Title or function", "Counsellor, Permanent Mission"),
    ("name_in_own_script", "Name in own script", "أمينة حداد"),
    ("nationality", "Nationality", "MA"),
    ("needs_visa_letter", "Needs visa letter", "yes"),
]
HEADINGS = {column: heading for column, heading, _example in TEMPLATE_COLUMNS}
COLUMNS = tuple(HEADINGS)
REQUIRED = ("given_name", "family_name", "email", "role")
MAX_LENGTHS = {"given_name": 120, "family_name": 120, "email": 254, "title": 200, "name_in_own_script": 250}

# Header names accepted besides the column's own name, in English, French and Spanish. Compared after folding
# (lower case, no accents, no spaces or punctuation), so "Prénom", "PRENOM" and "pré-nom" are the same.
HEADER_NAMES = {
    "given_name": ["Given name", "First name", "Forename", "Prénom", "Prénoms", "Nombre", "Nombres"],
    "family_name": ["Family name", "Last name", "Surname", "Nom", "Nom de famille", "Apellido", "Apellidos"],
    "email": ["E-mail address", "Mail", "Courriel", "Adresse électronique", "Correo", "Correo electrónico"],
    "role": ["Role in the delegation", "Rôle", "Rôle dans la délégation", "Rol", "Rol en la delegación"],
    "title": ["Function", "Title or function", "Position", "Titre", "Fonction", "Cargo", "Título", "Función"],
    "name_in_own_script": ["Name in your own script", "Nom dans votre écriture", "Nombre en su escritura"],
    "nationality": ["Country", "Nationalité", "Pays", "Nacionalidad", "País"],
    "needs_visa_letter": ["Visa letter", "Visa", "Lettre de visa", "Carta de visado", "Visado"],
}
# Role labels besides the code and DelegationRole's label in every language of the site.
ROLE_NAMES = {
    DelegationRole.HEAD: ["Head", "Chef de délégation", "Cheffe de délégation", "Jefe de delegación"],
    DelegationRole.DELEGATE: ["Délégué", "Déléguée", "Delegado", "Delegada"],
    DelegationRole.ALTERNATE: ["Alternate delegate", "Suppléant", "Suppléante", "Suplente"],
    DelegationRole.ADVISER: ["Advisor", "Conseiller", "Conseillère", "Asesor", "Asesora"],
    DelegationRole.SUPPORT: ["Support", "Personnel d'appui", "Personal de apoyo"],
}
YES = {"yes", "y", "oui", "si", "1", "true", "vrai", "verdadero", "x"}
NO = {"", "no", "n", "non", "0", "false", "faux", "falso"}
COUNTRY_ALIASES = {"unitedstates": "US", "usa": "US", "uk": "GB", "greatbritain": "GB"}


def fold(text: str) -> str:
    """The form in which header names and labels are compared: no case, accents, spaces or punctuation."""
    decomposed = unicodedata.normalize("NFKD", str(text).casefold())
    return "".join(char for char in decomposed if char.isalnum())


FIELD_FOR_HEADER = {fold(name): column for column in COLUMNS for name in [column, *HEADER_NAMES[column]]}
