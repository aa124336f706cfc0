"""A path converter for database ids in the registration URLs."""


class DatabaseId:
    """A positive number a bigint column can hold (at most 18 digits, below 2**63).

    Longer numbers do not match the URL at all, so they are "not found" like any unknown id
    instead of reaching the database, which cannot compare them.
    """

    regex = "[0-9]{1,18}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return str(value)
