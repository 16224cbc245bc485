// SPDX-License-Identifier: MIT
#include "app/request_text.hpp"

#include "common/text_file.hpp"
#include "graph/io/reader.hpp"

namespace cg::app {

Result<RequestText> read_request_text(const ParsedArgs& args, const std::string& inline_name) {
  RequestText request{{}, inline_name, args.get("--base").value_or("")};
  if (auto inline_text = args.get("--query")) {
    request.text = *inline_text;
    return request;
  }
  const std::string path = args.get("--file").value_or("-");
  auto text = read_text_file(path);
  if (!text) return unexpected(std::move(text).error());
  request.text = std::move(*text);
  request.source = display_name(path);
  if (request.base_iri.empty() && path != "-") request.base_iri = graph::file_iri(path);
  return request;
}

}  // namespace cg::app
