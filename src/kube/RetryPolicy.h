#pragma once

#include <QByteArrayView>
#include <QNetworkReply>

#include <chrono>
#include <optional>

// Which failed requests KubeClient sends again, and when: only what is safe
// to repeat, after client-go's rules (k8s.io/client-go/rest, with_retry.go
// checkWait and request.go's IsRetryableErrorFunc):
//  - a server that says Retry-After on a 429 or a 5xx asked to be asked
//    again; client-go retries any verb then. We retry reads, and of writes
//    only a 429: kube-apiserver's max-in-flight and priority-and-fairness
//    filters send it before the request reaches a handler, so nothing was
//    done. A 5xx on a write may come after etcd committed it (a 504 timeout,
//    a 500 on the response path): sending it again could apply it twice.
//  - a connection closed or reset before the whole answer arrived: client-go
//    retries "GET" only ("We are not automatically retrying write operations,
//    as they are not idempotent"); so do we, and also a GET whose JSON body
//    was cut short, which is the same loss seen one layer up.
//  - a read that got 502, 503 or 504 without Retry-After: unavailable for now
//    by definition (RFC 9110 15.6), and a read changes nothing. A 500 without
//    Retry-After is an internal error that usually repeats; client-go does
//    not retry it either.
// At most MaximumAttempts in all, and Retry-After capped at MaximumWait so a
// misbehaving server cannot park a request for an hour.
class RetryPolicy {
public:
    static constexpr int MaximumAttempts = 3;
    static constexpr std::chrono::seconds MaximumWait{10};

    struct Outcome {
        QByteArrayView method; // "GET", "POST", ...
        int httpStatus = 0;    // 0: no HTTP answer
        QNetworkReply::NetworkError network = QNetworkReply::NoError;
        QByteArrayView retryAfter; // the header, as sent
        bool bodyEndsEarly = false;
    };

    // How long to wait before sending the request again after attempts
    // attempts; nothing when it must not be sent again.
    static std::optional<std::chrono::milliseconds> delayBeforeRetry(const Outcome &outcome,
                                                                     int attempts);
    // The connection went away in the middle of the exchange.
    static bool isConnectionLost(QNetworkReply::NetworkError error);
};
