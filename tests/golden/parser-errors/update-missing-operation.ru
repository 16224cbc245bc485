PREFIX : <http://example.org/> ;
INSERT DATA { :s :p 1 }
