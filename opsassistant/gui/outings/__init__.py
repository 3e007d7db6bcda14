"""The Outings area: outings, participants, tasks, budget and expenses."""
