/* Interactive help-question checklist (filled in by the checklist work). */
