CLEAR <http://example.org/g>
