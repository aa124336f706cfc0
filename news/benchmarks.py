from django.test import Client

from cms import demo
from cms.bench import benchmark, median, percentile, timed


@benchmark("news")
def news_rendering(context):
    """Server time of the news index, a filtered index, a news page and the feed (demo content)."""
    demo.run()
    client = Client(HTTP_HOST="localhost", HTTP_USER_AGENT="Mozilla/5.0 Firefox/128.0")

    def get(path):
        response = client.get(path)
        if response.status_code != 200:
            raise RuntimeError(f"{path} answered {response.status_code}")

    for label, path in (
        ("news index /nl/nieuws/", "/nl/nieuws/"),
        ("filtered index /en/news/?category=verslag", "/en/news/?category=verslag"),
        ("news page /nl/nieuws/herstelspecial-eemland/", "/nl/nieuws/herstelspecial-eemland/"),
        ("feed /nl/nieuws/feed/", "/nl/nieuws/feed/"),
    ):
        durations = timed(lambda path=path: get(path), repeat=50)
        context.report(f"{label} median", median(durations), "ms")
        context.report(f"{label} p95", percentile(durations, 0.95), "ms")
