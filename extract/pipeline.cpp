// SPDX-License-Identifier: MIT
#include "extract/pipeline.hpp"

#include "extract/stages.hpp"
#include "extract/text.hpp"

namespace cg::extract {

void find_roles(Analysis& a);

const char* to_string(EntityType t) {
  switch (t) {
    case EntityType::person: return "Person";
    case EntityType::organization: return "Organization";
    case EntityType::place: return "Place";
  }
  return "Organization";
}

Analysis extract_document(Document doc) {
  Analysis a;
  a.doc = std::move(doc);
  segment(a.doc, a.tokens, a.sentences);
  find_mentions(a);
  resolve_entities(a);
  find_roles(a);
  find_claims(a);
  resolve_dates(a);
  find_discrepancies(a);
  return a;
}

std::string entity_iri(const Entity& e, const std::string& base) {
  const char* kind = e.type == EntityType::person ? "person/" : e.type == EntityType::place ? "place/" : "org/";
  return base + kind + e.slug;
}

}  // namespace cg::extract
