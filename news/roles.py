"""The editorial roles and the moderation workflow, set up idempotently.

- Communicatie: writes, edits and publishes news (and its categories, images and documents).
- Redactie: creates and edits programmes, projects, events and contact persons; cannot publish,
  so every change to a programme page goes through the moderation workflow.
- Moderatoren: approve or reject what is submitted, and may publish programmes and events.

`setup_roles` (a management command, also run by `load_demo`) calls `ensure_roles()`. Page
permissions are granted on the index pages that exist when it runs, so run it again after
adding a programme index or agenda in a new language.
"""

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

COMMUNICATIE = "Communicatie"
REDACTIE = "Redactie"
MODERATOREN = "Moderatoren"
WORKFLOW_NAME = "Moderatie programma's"
TASK_NAME = "Goedkeuring moderator"

# Page permissions per group, granted on the index pages of these types (both languages).
PAGE_PERMISSIONS = {
    COMMUNICATIE: {"news.NewsIndexPage": ["add", "change", "publish", "lock", "unlock"]},
    REDACTIE: {
        "programmes.ProgrammeIndexPage": ["add", "change", "lock"],
        "events.AgendaPage": ["add", "change", "lock"],
    },
    MODERATOREN: {
        "programmes.ProgrammeIndexPage": ["add", "change", "publish", "lock", "unlock"],
        "events.AgendaPage": ["add", "change", "publish", "lock", "unlock"],
    },
}

# Model permissions (snippets and the admin itself).
MODEL_PERMISSIONS = {
    COMMUNICATIE: [
        "wagtailadmin.access_admin",
        "news.add_newscategory",
        "news.change_newscategory",
        "news.view_newscategory",
        "programmes.view_contactperson",
    ],
    REDACTIE: [
        "wagtailadmin.access_admin",
        "programmes.add_contactperson",
        "programmes.change_contactperson",
        "programmes.view_contactperson",
        "programmes.add_organisation",
        "programmes.change_organisation",
        "programmes.view_organisation",
        "events.view_registration",
        "events.change_registration",
        "events.export_registration",
    ],
    MODERATOREN: [
        "wagtailadmin.access_admin",
        "programmes.view_contactperson",
        "programmes.publish_contactperson",
        "events.view_registration",
        "events.change_registration",
        "events.export_registration",
    ],
}

COLLECTION_PERMISSIONS = ["add_image", "choose_image", "add_document", "choose_document"]

# Pages whose changes go through the moderation workflow.
MODERATED_PAGE_TYPES = ["programmes.ProgrammeIndexPage"]


def _permission(dotted):
    app_label, codename = dotted.split(".")
    return Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()


def _pages_of(label):
    model = apps.get_model(label)
    return Page.objects.type(model)


@transaction.atomic
def ensure_roles():
    """Create or complete the three groups and the workflow. Returns the groups by name."""
    groups = {name: Group.objects.get_or_create(name=name)[0] for name in PAGE_PERMISSIONS}
    page_type = ContentType.objects.get_for_model(Page)
    root_collection = Collection.get_first_root_node()

    for name, group in groups.items():
        for dotted in MODEL_PERMISSIONS[name]:
            permission = _permission(dotted)
            if permission is not None:
                group.permissions.add(permission)
        for label, types in PAGE_PERMISSIONS[name].items():
            for page in _pages_of(label):
                for permission_type in types:
                    permission = Permission.objects.get(
                        content_type=page_type, codename=f"{permission_type}_page"
                    )
                    GroupPagePermission.objects.get_or_create(
                        group=group, page=page, permission=permission
                    )
        if root_collection is not None:
            for codename in COLLECTION_PERMISSIONS:
                permission = Permission.objects.filter(codename=codename).first()
                if permission is not None:
                    GroupCollectionPermission.objects.get_or_create(
                        group=group, collection=root_collection, permission=permission
                    )

    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
    task.groups.add(groups[MODERATOREN])
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for label in MODERATED_PAGE_TYPES:
        for page in _pages_of(label):
            WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
    return groups
