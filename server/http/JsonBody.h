#pragma once
// Reads a request body as a JSON object: 415 for another Content-Type, 400 for bad JSON.
#include "server/http/HttpTypes.h"

namespace emporium::http {

Result<QJsonObject> jsonBody(const HttpRequest &request);

} // namespace emporium::http
