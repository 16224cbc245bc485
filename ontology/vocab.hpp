// SPDX-License-Identifier: MIT
/// @file vocab.hpp IRI constants of ontology/claimgraph.ttl and the vocabularies it reuses.
/// Generated once from claimgraph.ttl's term list; keep the two in step (a unit test checks).
#pragma once

#include <string_view>

namespace cg::ontology {

inline constexpr std::string_view k_cg = "https://w3id.org/claimgraph/ns#";
inline constexpr std::string_view k_default_base = "https://w3id.org/claimgraph/id/";
inline constexpr std::string_view k_rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
inline constexpr std::string_view k_rdfs = "http://www.w3.org/2000/01/rdf-schema#";
inline constexpr std::string_view k_xsd = "http://www.w3.org/2001/XMLSchema#";
inline constexpr std::string_view k_skos = "http://www.w3.org/2004/02/skos/core#";
inline constexpr std::string_view k_schema = "http://schema.org/";
inline constexpr std::string_view k_prov = "http://www.w3.org/ns/prov#";
inline constexpr std::string_view k_org = "http://www.w3.org/ns/org#";
inline constexpr std::string_view k_nif = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
inline constexpr std::string_view k_owl = "http://www.w3.org/2002/07/owl#";

/// Every cg: term the vocabulary defines (local names), for the vocabulary test.
inline constexpr std::string_view k_terms[] = {
    "Person",
    "Organization",
    "GovernmentBody",
    "Place",
    "Mention",
    "Evidence",
    "Role",
    "Claim",
    "Count",
    "Discrepancy",
    "Measure",
    "Qualifier",
    "AttributionMode",
    "SupportStatus",
    "LinkDecision",
    "denotes",
    "mentionedIn",
    "holder",
    "title",
    "roleOrganization",
    "rolePlace",
    "former",
    "claimant",
    "claimantText",
    "reportedBy",
    "cue",
    "cueText",
    "mode",
    "channel",
    "statement",
    "statementSpan",
    "evidence",
    "directQuote",
    "inHeadline",
    "supportStatus",
    "about",
    "dateStated",
    "count",
    "measure",
    "value",
    "valueMax",
    "qualifier",
    "quantityText",
    "counted",
    "subsetOf",
    "conflictingCount",
    "newerCount",
    "discrepancyMeasure",
    "contentHash",
    "linkScore",
    "linkedEntity",
    "linkTarget",
    "MeasureScheme",
    "QualifierScheme",
    "ModeScheme",
    "SupportScheme",
    "dead",
    "injured",
    "deadOrInjured",
    "victims",
    "arrested",
    "detained",
    "released",
    "charged",
    "criminalCases",
    "arrestWarrants",
    "participants",
    "hostages",
    "attacks",
    "money",
    "otherMeasure",
    "exact",
    "approximately",
    "moreThan",
    "lessThan",
    "atLeast",
    "upTo",
    "DirectQuote",
    "ReportedSpeech",
    "AccordingTo",
    "Passive",
    "Narration",
    "Unsupported",
};

/// Gold vocabulary notation → concept local name.
struct Notation { std::string_view notation, local; };
inline constexpr Notation k_measures[] = {
    {"dead", "dead"},
    {"injured", "injured"},
    {"dead_or_injured", "deadOrInjured"},
    {"victims", "victims"},
    {"arrested", "arrested"},
    {"detained", "detained"},
    {"released", "released"},
    {"charged", "charged"},
    {"criminal_cases", "criminalCases"},
    {"arrest_warrants", "arrestWarrants"},
    {"participants", "participants"},
    {"hostages", "hostages"},
    {"attacks", "attacks"},
    {"money", "money"},
    {"other", "otherMeasure"},
};
inline constexpr Notation k_qualifiers[] = {
    {"exact", "exact"},
    {"approx", "approximately"},
    {"more-than", "moreThan"},
    {"less-than", "lessThan"},
    {"at-least", "atLeast"},
    {"up-to", "upTo"},
};
inline constexpr Notation k_modes[] = {
    {"direct-quote", "DirectQuote"},
    {"reported-speech", "ReportedSpeech"},
    {"according-to", "AccordingTo"},
    {"passive", "Passive"},
    {"narration", "Narration"},
};

}  // namespace cg::ontology
