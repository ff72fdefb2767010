"""Typed records passed between pipeline stages.

Every extracted value carries the character span (into ``Document.body``) it came
from, so any field can be traced back to the sentence that supports it.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Optional

# The 16 PLOVER event categories (../shared/CONTRACT.md).
PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
STATUSES = ("occurred", "ongoing", "planned", "hypothetical", "negated")
DOC_STATUSES = ("ok", "duplicate", "rejected")
PUBLISHED_SOURCES = ("metadata", "text", "inferred")


@dataclass
class RawInput:
    """One article as read from an input file, before cleaning.

    ``kind`` says how ``content`` must be turned into a body: ``text`` (scraped plain
    text, boilerplate and all) or ``html``. ``meta`` holds whatever the container
    supplied (title, published, outlet, author, url) — values a reader trusts more
    than anything guessed from the text.
    """
    source: str                 # path (plus "#n" for the n-th record of a container) or "-"
    kind: str                   # "text" | "html"
    content: str
    raw_hash: str               # hash of the raw bytes of this record (idempotency key)
    url: Optional[str] = None
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class Rejection:
    """An input that could not become a document, with a one-line reason."""
    source: str
    reason: str
    raw_hash: str


@dataclass
class Timex:
    """A temporal expression found in a body, normalised against the anchor date."""
    start: int
    end: int
    text: str
    kind: str                        # date | duration | set
    date_start: Optional[str] = None  # ISO YYYY-MM-DD
    date_end: Optional[str] = None
    precision: Optional[str] = None   # day | week | month | season | year | decade | range
    confidence: float = 0.0
    value: Optional[str] = None       # TIMEX3-style value ("2020-11", "P44D", "199X")
    note: Optional[str] = None        # why a value is null or uncertain


@dataclass
class PlaceMention:
    """A toponym in the body resolved to a gazetteer entry."""
    start: int
    end: int
    text: str
    place_id: str
    name: str
    lat: float
    lon: float
    country: Optional[str] = None     # ISO 3166 alpha-3
    admin1: Optional[str] = None
    feature: Optional[str] = None
    confidence: float = 0.0


@dataclass
class ActorRef:
    """An actor filling a role in an event mention."""
    name: str
    role: str                         # source | target
    country: Optional[str] = None     # ISO alpha-3 or PLOVER IGO code
    sector: Optional[str] = None      # PLOVER 3-letter sector
    start: Optional[int] = None
    end: Optional[int] = None

    def to_record(self) -> dict[str, Any]:
        return {"name": self.name, "role": self.role, "country": self.country,
                "sector": self.sector}


@dataclass
class Location:
    place_id: str
    name: str
    lat: float
    lon: float
    country: Optional[str] = None
    admin1: Optional[str] = None
    feature: Optional[str] = None


@dataclass
class EventMention:
    """One event told in one document."""
    doc_id: str
    type: str
    trigger: str
    start: int                        # sentence span in the body
    end: int
    sentence: str
    trigger_start: int = 0
    trigger_end: int = 0
    mode: Optional[str] = None
    actors: list[ActorRef] = field(default_factory=list)
    location: Optional[Location] = None
    date_start: Optional[str] = None
    date_end: Optional[str] = None
    date_precision: Optional[str] = None
    status: str = "occurred"
    attributed_to: Optional[str] = None
    quote: bool = False
    framing: Optional[str] = None     # the outlet's defining noun phrase for the event
    numbers: dict[str, int] = field(default_factory=dict)  # killed / wounded / troops ...
    confidence: float = 0.0
    outlet: Optional[str] = None
    event_id: Optional[str] = None
    mention_id: Optional[str] = None
    summary: Optional[str] = None


@dataclass
class Document:
    """One article: the record of the `documents` export plus per-stage annotations."""
    doc_id: str
    status: str = "ok"
    path: Optional[str] = None
    url: Optional[str] = None
    duplicate_of: Optional[str] = None
    reason: Optional[str] = None
    title: Optional[str] = None
    outlet: Optional[str] = None
    author: list[str] = field(default_factory=list)
    wire: list[str] = field(default_factory=list)
    dateline: Optional[str] = None
    published: Optional[str] = None
    published_source: Optional[str] = None
    published_confidence: float = 0.0
    language: Optional[str] = None
    body: str = ""
    raw_hash: Optional[str] = None
    timexes: list[Timex] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    mentions: list[EventMention] = field(default_factory=list)

    RECORD_FIELDS = (
        "doc_id", "path", "url", "status", "duplicate_of", "reason", "title", "outlet",
        "author", "wire", "dateline", "published", "published_source",
        "published_confidence", "language", "body",
    )

    def to_record(self) -> dict[str, Any]:
        """The `documents` export record of the contract."""
        return {name: getattr(self, name) for name in self.RECORD_FIELDS}


def to_plain(obj: Any) -> Any:
    """Dataclass (or list of them) to plain JSON-able structures."""
    if isinstance(obj, list):
        return [to_plain(o) for o in obj]
    if hasattr(obj, "__dataclass_fields__"):
        return asdict(obj)
    return obj


@dataclass
class ConflictValue:
    value: Any
    doc_ids: list[str] = field(default_factory=list)


@dataclass
class Conflict:
    """A field on which the sources of one event disagree."""
    field: str                         # date | killed | wounded | troops | status | source_actor ...
    values: list[ConflictValue] = field(default_factory=list)


@dataclass
class Event:
    """A canonical event: mentions from one or more documents merged into one."""
    event_id: str
    type: str
    mode: Optional[str] = None
    summary: str = ""
    date_start: Optional[str] = None
    date_end: Optional[str] = None
    date_precision: Optional[str] = None
    status: str = "occurred"
    actors: list[ActorRef] = field(default_factory=list)
    location: Optional[Location] = None
    mentions: list[EventMention] = field(default_factory=list)
    doc_ids: list[str] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    independent_sources: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
