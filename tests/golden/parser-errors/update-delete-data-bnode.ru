PREFIX : <http://example.org/>
DELETE DATA { _:b :p 1 }
