"""Places: the gazetteer's three jobs, one module each.

- `lookup`: names → ISO codes and back (countries, first-level subdivisions, cities), from
  GeoNames cities, pycountry and the tables in data/reference/.
- `mentions`: every place named in a text (`find_places`), with its offsets.
- `hints`: the country an organisation's name points to (`country_hint`).

`names` holds the comparison keys all three share. `etl.extract.places` decides which of the
places a text names is where the event took place.
"""
