"""Reception: the visitors section on Today, the visitor editor and the arrival notice."""
