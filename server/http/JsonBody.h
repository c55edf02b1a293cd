#pragma once
// Reads a request body as a JSON object: 415 for another Content-Type, 400 for bad JSON.
#include "server/http/HttpTypes.h"

namespace emporium::http {

Result<QJsonObject> jsonBody(const HttpRequest &request);
// A positive page parameter (`page`, `per_page`): `fallback` when absent, nullopt when not 1..max.
std::optional<int> pageParam(const HttpRequest &req, const char *name, int fallback, int max);

} // namespace emporium::http
