from programmes.models.snippets import (
    ContactPerson,
    Municipality,
    Organisation,
    OrganisationKind,
    Region,
)

__all__ = ["ContactPerson", "Municipality", "Organisation", "OrganisationKind", "Region"]
