// RetryPolicy: which failed requests are sent again, and after how long (client-go's rules,
// stricter for writes).

#include "RetryPolicy.h"

#include <QtTest/QTest>

using namespace std::chrono_literals;
using Delay = std::optional<std::chrono::milliseconds>;

Q_DECLARE_METATYPE(Delay)

class TestRetryPolicy : public QObject {
    Q_OBJECT

private slots:
    void delay_data() {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("network");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<bool>("endsEarly");
        QTest::addColumn<int>("attempts");
        QTest::addColumn<Delay>("expected");
        const int none = QNetworkReply::NoError;
        const int closed = QNetworkReply::RemoteHostClosedError;
        const Delay never;
        QTest::newRow("GET 429 waits Retry-After")
            << QByteArray("GET") << 429 << none << QByteArray("2") << false << 1 << Delay(2000ms);
        QTest::newRow("POST 429 waits Retry-After")
            << QByteArray("POST") << 429 << none << QByteArray("1") << false << 1 << Delay(1000ms);
        QTest::newRow("Retry-After capped") << QByteArray("GET") << 503 << none
                                            << QByteArray("3600") << false << 1 << Delay(10000ms);
        QTest::newRow("429 without Retry-After")
            << QByteArray("GET") << 429 << none << QByteArray() << false << 1 << never;
        QTest::newRow("HTTP date ignored, as client-go")
            << QByteArray("PUT") << 429 << none << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT")
            << false << 1 << never;
        QTest::newRow("POST 503 with Retry-After")
            << QByteArray("POST") << 503 << none << QByteArray("1") << false << 1 << never;
        QTest::newRow("DELETE 500 with Retry-After")
            << QByteArray("DELETE") << 500 << none << QByteArray("1") << false << 1 << never;
        QTest::newRow("GET 500 with Retry-After")
            << QByteArray("GET") << 500 << none << QByteArray("0") << false << 1 << Delay(0ms);
        QTest::newRow("GET 500 without")
            << QByteArray("GET") << 500 << none << QByteArray() << false << 1 << never;
        QTest::newRow("GET 503 without")
            << QByteArray("GET") << 503 << none << QByteArray() << false << 1 << Delay(250ms);
        QTest::newRow("GET 504, second retry")
            << QByteArray("GET") << 504 << none << QByteArray() << false << 2 << Delay(500ms);
        QTest::newRow("GET reset")
            << QByteArray("GET") << 0 << closed << QByteArray() << false << 1 << Delay(250ms);
        QTest::newRow("POST reset")
            << QByteArray("POST") << 0 << closed << QByteArray() << false << 1 << never;
        QTest::newRow("GET cut JSON")
            << QByteArray("GET") << 200 << none << QByteArray() << true << 1 << Delay(250ms);
        QTest::newRow("POST cut JSON")
            << QByteArray("POST") << 201 << none << QByteArray() << true << 1 << never;
        QTest::newRow("GET 404") << QByteArray("GET") << 404 << none << QByteArray("1") << false
                                 << 1 << never;
        QTest::newRow("GET refused")
            << QByteArray("GET") << 0 << int(QNetworkReply::ConnectionRefusedError) << QByteArray()
            << false << 1 << never;
        QTest::newRow("after the last attempt")
            << QByteArray("GET") << 429 << none << QByteArray("1") << false
            << RetryPolicy::MaximumAttempts << never;
    }

    void delay() {
        QFETCH(QByteArray, method);
        QFETCH(int, status);
        QFETCH(int, network);
        QFETCH(QByteArray, retryAfter);
        QFETCH(bool, endsEarly);
        QFETCH(int, attempts);
        QFETCH(Delay, expected);
        const Delay delay = RetryPolicy::delayBeforeRetry(
            {method, status, QNetworkReply::NetworkError(network), retryAfter, endsEarly},
            attempts);
        QCOMPARE(delay.has_value(), expected.has_value());
        if (expected)
            QCOMPARE(delay->count(), expected->count());
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
