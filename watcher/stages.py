"""The stages a rejection can come at: the one list the config, the pass and the templates share.

A module of its own, with no imports, so that reading the config or starting a pass does not
load the context extractors (their compiled patterns cost ~80 ms at start-up): a pass that finds
no new mail never needs them.
"""

from __future__ import annotations

#: Every stage a rejection can come at, in the order drafts.stages lists them: the one list the
#: config, the pass and the templates (reply.STAGE.LANG) share.
STAGES = ("after_interview", "after_application", "position_closed")
