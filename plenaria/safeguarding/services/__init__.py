"""Writes of the safeguarding app: one module per use case, each service transactional and audited."""
