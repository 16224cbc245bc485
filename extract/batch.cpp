// SPDX-License-Identifier: MIT
#include "extract/batch.hpp"

#include <atomic>
#include <thread>

#include "extract/document.hpp"
#include "extract/pipeline.hpp"

namespace cg::extract {

BatchStats run_batch(const std::vector<std::string>& paths, unsigned jobs,
                     const std::function<void(Analysis&)>& on_result,
                     const std::function<void(const Diagnostic&)>& on_error,
                     const std::function<void(Analysis&)>& prepare) {
  BatchStats stats;
  if (jobs == 0) jobs = 1;
  const std::size_t batch_size = jobs == 1 ? 1 : jobs * 32;
  std::vector<Document> pending;
  auto flush = [&] {
    if (pending.empty()) return;
    std::vector<Analysis> results(pending.size());
    auto work = [&](std::size_t i) {
      results[i] = extract_document(std::move(pending[i]));
      if (prepare) prepare(results[i]);
    };
    if (jobs == 1 || pending.size() == 1) {
      for (std::size_t i = 0; i < pending.size(); ++i) work(i);
    } else {
      std::atomic<std::size_t> next{0};
      std::vector<std::thread> pool;
      for (unsigned t = 0; t < jobs && t < pending.size(); ++t)
        pool.emplace_back([&] {
          for (std::size_t i; (i = next.fetch_add(1)) < pending.size();) work(i);
        });
      for (auto& th : pool) th.join();
    }
    for (Analysis& a : results) {
      ++stats.documents;
      stats.bytes += a.doc.text.size();
      on_result(a);
    }
    pending.clear();
  };
  for (const std::string& path : paths) {
    load_documents(path, [&](Result<Document> d) {
      if (!d) {
        ++stats.skipped;
        on_error(d.error());
        return;
      }
      pending.push_back(std::move(*d));
      if (pending.size() >= batch_size) flush();
    });
  }
  flush();
  return stats;
}

}  // namespace cg::extract
