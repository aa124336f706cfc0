from programmes.models.pages import ProgrammeIndexPage, ProgrammePage, ProjectPage
from programmes.models.snippets import (
    ContactPerson,
    Municipality,
    Organisation,
    OrganisationKind,
    Region,
)

__all__ = [
    "ContactPerson",
    "Municipality",
    "Organisation",
    "OrganisationKind",
    "ProgrammeIndexPage",
    "ProgrammePage",
    "ProjectPage",
    "Region",
]
