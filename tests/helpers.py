"""Helpers for asserting on what a visitor gets: parsed HTML, not string matching."""

import re
from dataclasses import dataclass

from bs4 import BeautifulSoup

ISO_WITH_OFFSET = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z))?$")


@dataclass
class HtmlPage:
    soup: BeautifulSoup
    status_code: int

    @classmethod
    def from_response(cls, response):
        content = response.content.decode(response.charset or "utf-8")
        return cls(BeautifulSoup(content, "html5lib"), response.status_code)

    def select(self, selector):
        return self.soup.select(selector)

    def select_one(self, selector):
        return self.soup.select_one(selector)

    def text(self, selector="main"):
        node = self.soup.select_one(selector)
        return " ".join(node.get_text(" ").split()) if node else ""

    @property
    def lang(self):
        return self.soup.html.get("lang")

    def hreflangs(self):
        return {
            link["hreflang"]: link["href"]
            for link in self.soup.select('head link[rel="alternate"][hreflang]')
        }

    def alternate_links(self, content_type):
        return [
            link["href"]
            for link in self.soup.select(f'head link[rel="alternate"][type="{content_type}"]')
        ]

    def json_ld(self):
        import json

        return [
            json.loads(node.string)
            for node in self.soup.select('script[type="application/ld+json"]')
        ]
