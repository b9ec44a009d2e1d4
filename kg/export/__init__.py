"""Exporters: the corpus graph to files (RDF, HTML, tables, GraphML)."""
