from django.test import Client

from cms import demo
from cms.bench import benchmark, median, percentile, timed


@benchmark("pages")
def page_rendering(context):
    """Server time of the home page and a standard page, demo content, warm caches."""
    demo.run()
    client = Client(HTTP_HOST="localhost")

    def get(path):
        response = client.get(path)
        if response.status_code != 200:
            raise RuntimeError(f"{path} answered {response.status_code}")

    for label, path in (
        ("home page /nl/", "/nl/"),
        ("standard page /en/about-us/", "/en/about-us/"),
    ):
        durations = timed(lambda path=path: get(path), repeat=50)
        context.report(f"{label} median", median(durations), "ms")
        context.report(f"{label} p95", percentile(durations, 0.95), "ms")
