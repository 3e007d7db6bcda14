"""The light bookkeeping of travel at Danish rates: mileage (kørselsgodtgørelse), per diem (diæter), trip
expenses and entertainment (repræsentation). The rates by year are in ``rates``."""
