DELETE WHERE { _:b ?p ?o }
