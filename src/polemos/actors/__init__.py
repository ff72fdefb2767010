"""The ``actors`` stage: actor phrases normalised to a name, a country and a sector.

    from polemos.actors import normalise_actor
    normalise_actor("Baku's defence ministry")   # ActorInfo(name=..., country='AZE', sector='MIL')
"""
from __future__ import annotations

from .normalise import ActorInfo, clean_name, is_pre, normalise_actor

__all__ = ["ActorInfo", "normalise_actor", "clean_name", "is_pre"]
