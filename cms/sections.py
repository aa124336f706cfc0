"""Sections that other apps add to a page without the page's app importing them.

A page type names a hook, e.g. `programme_page_sections`. An app registers a function for it
with Wagtail's hooks (`@hooks.register("programme_page_sections")`) that takes the page and the
request and returns a `Section` or None. The page renders the sections in order.
"""

from dataclasses import dataclass, field

from wagtail import hooks


@dataclass
class Section:
    template: str
    context: dict = field(default_factory=dict)
    order: int = 100


def collect_sections(hook_name, page, request):
    sections = []
    for function in hooks.get_hooks(hook_name):
        section = function(page, request)
        if section is not None:
            sections.append(section)
    return sorted(sections, key=lambda section: section.order)
