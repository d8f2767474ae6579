#include "RetryPolicy.h"

#include <QByteArray>

namespace {

// client-go's retryAfterSeconds: whole seconds only; an HTTP date is ignored.
std::optional<int> retryAfterSeconds(QByteArrayView header) {
    bool ok = false;
    const int seconds = header.trimmed().toByteArray().toInt(&ok);
    return ok && seconds >= 0 ? std::optional<int>(seconds) : std::nullopt;
}

} // namespace

bool RetryPolicy::isConnectionLost(QNetworkReply::NetworkError error) {
    return error == QNetworkReply::RemoteHostClosedError || error == QNetworkReply::ProtocolFailure;
}

std::optional<std::chrono::milliseconds> RetryPolicy::delayBeforeRetry(const Outcome &outcome,
                                                                       int attempts) {
    using namespace std::chrono;
    if (attempts >= MaximumAttempts)
        return std::nullopt;
    const bool read = outcome.method == "GET";
    // A short, growing pause where the server gave no Retry-After.
    const milliseconds backoff = milliseconds(250) * attempts;
    const int status = outcome.httpStatus;
    if (status == 429 || status >= 500) {
        if (const std::optional<int> wait = retryAfterSeconds(outcome.retryAfter);
            wait && (read || status == 429))
            return std::min<milliseconds>(seconds(*wait), MaximumWait);
        if (read && (status == 502 || status == 503 || status == 504))
            return backoff;
        return std::nullopt;
    }
    if (read && (isConnectionLost(outcome.network) ||
                 (status >= 200 && status < 300 && outcome.bodyEndsEarly)))
        return backoff;
    return std::nullopt;
}
