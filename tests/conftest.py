"""Shared fixtures: small hand-written articles (fiction or paraphrase, never copied)."""
from __future__ import annotations

import pytest

# A scraped page about a (fictional) flare-up in eastern Ukraine, with the furniture
# real scrapes carry: tracker line, ads, byline, share widgets, a standfirst repeated
# in the body, cross-links, an image credit, a section heading, a comment section.
SCRAPED_ARTICLE = """pixel.trackingcdn
Advertisement

Published 09:15 IST, March 4th 2024

Shelling hits power plant near Kharkiv as talks stall

Ukrainian officials on Sunday said that shelling had damaged a power plant near Kharkiv, cutting electricity to thousands of homes

Reported by: Olena Marchuk
Follow: Google News Icon
  • share
Ukraine
Advertisement

Ukrainian officials said on Sunday, March 3 that shelling had damaged a power plant near Kharkiv, cutting electricity to thousands of homes. The regional governor said repair crews were working through the night.

Read: Drone strikes reported across three regions overnight

Talks on a prisoner exchange stalled earlier this week, according to a mediator who asked not to be named. Both sides accused each other of delaying the lists of detainees.

Energy front

The national grid operator said it had imported emergency power from neighbouring countries to stabilise supply. Engineers expect the plant to resume partial operation within ten days.

(Image Credit: AP)

Comments

Comments have to be in English, and in full sentences. They cannot be abusive or personal.
Leave a Reply
Your email address will not be published. Required fields are marked *
"""

WIRE_ARTICLE = """date 2024-05-02 ExampleNews.com

Sudan army says it repelled attack on El Fasher

Amina Idris Published May 2, 2024 | 07:10 PM

KHARTOUM (ExampleNews / Reuters - 2nd May, 2024) Sudan's army said on Thursday it had repelled an attack by the Rapid Support Forces on the city of El Fasher, the last major city in Darfur outside the paramilitary group's control.

Residents told Reuters that heavy artillery fire could be heard in the city's southern districts for several hours. Aid groups warned that hundreds of thousands of displaced people were sheltering in camps around the city.

The paramilitary group did not immediately respond to a request for comment.
"""


@pytest.fixture
def scraped_article() -> str:
    return SCRAPED_ARTICLE


@pytest.fixture
def wire_article() -> str:
    return WIRE_ARTICLE
