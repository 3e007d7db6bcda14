"""Reception: expected visitors, check-in and check-out, the visitor log and its retention."""
