"""The congress's documents: background papers, outcome documents, statements, drafts under negotiation, press kits; versions, language versions, access levels and search."""
