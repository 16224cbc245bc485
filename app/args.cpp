// SPDX-License-Identifier: MIT
#include "app/args.hpp"

#include "app/command.hpp"

namespace cg::app {

std::optional<std::string> ParsedArgs::get(const std::string& name) const {
  auto it = values.find(name);
  if (it == values.end() || it->second.empty()) return std::nullopt;
  return it->second.back();
}

std::vector<std::string> ParsedArgs::all(const std::string& name) const {
  auto it = values.find(name);
  return it == values.end() ? std::vector<std::string>{} : it->second;
}

Result<ParsedArgs> parse_args(const std::vector<std::string>& args, const std::vector<OptionSpec>& specs) {
  ParsedArgs parsed;
  auto find_spec = [&](const std::string& name) -> const OptionSpec* {
    for (const auto& spec : specs)
      for (const auto& n : spec.names)
        if (n == name) return &spec;
    return nullptr;
  };
  bool options_done = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (options_done || arg == "-" || arg.empty() || arg[0] != '-') {
      parsed.positional.push_back(arg);
      continue;
    }
    if (arg == "--") {
      options_done = true;
      continue;
    }
    std::string name = arg;
    std::optional<std::string> inline_value;
    if (auto eq = arg.find('='); eq != std::string::npos && arg.rfind("--", 0) == 0) {
      name = arg.substr(0, eq);
      inline_value = arg.substr(eq + 1);
    }
    const OptionSpec* spec = find_spec(name);
    if (!spec) return unexpected(make_diagnostic(DiagKind::usage, "unknown option '" + name + "' (see --help)"));
    const std::string& key = spec->names.back();
    if (!spec->takes_value) {
      if (inline_value) return unexpected(make_diagnostic(DiagKind::usage, "option '" + name + "' takes no value"));
      parsed.values[key].push_back("");
      continue;
    }
    std::string value;
    if (inline_value) {
      value = *inline_value;
    } else if (i + 1 < args.size()) {
      value = args[++i];
    } else {
      return unexpected(make_diagnostic(DiagKind::usage, "option '" + name + "' needs a value"));
    }
    if (!spec->repeatable && parsed.values.count(key))
      return unexpected(make_diagnostic(DiagKind::usage, "option '" + name + "' given twice"));
    parsed.values[key].push_back(std::move(value));
  }
  return parsed;
}

CommandArgs parse_command_args(CommandContext& ctx, std::vector<OptionSpec> specs, const char* help) {
  specs.push_back({{"-h", "--help"}});
  auto args = parse_args(ctx.args, specs);
  if (!args) return {std::nullopt, report(ctx, args.error())};
  if (args->has("--help")) {
    std::fputs(help, ctx.out);
    return {std::nullopt, k_exit_ok};
  }
  return {std::move(*args), k_exit_ok};
}

}  // namespace cg::app
