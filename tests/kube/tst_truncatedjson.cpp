// TruncatedJson: a JSON body cut short is told from a complete one without parsing it.

#include "TruncatedJson.h"

#include <QtTest/QTest>

class TestTruncatedJson : public QObject {
    Q_OBJECT

private slots:
    void endsEarly_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("cut");
        QTest::newRow("object") << QByteArray("{\"kind\":\"Secret\",\"data\":{\"a\":\"b\"}}")
                                << false;
        QTest::newRow("array, spaces") << QByteArray(" [1, {\"a\": [2]}]\n") << false;
        QTest::newRow("braces in strings") << QByteArray("{\"a\":\"}}]]\\\"{\"}") << false;
        QTest::newRow("number") << QByteArray("42") << false;
        QTest::newRow("cut in a string") << QByteArray("{\"kind\":\"Sec") << true;
        QTest::newRow("cut after an escape") << QByteArray("{\"a\":\"x\\\"") << true;
        QTest::newRow("cut between members") << QByteArray("{\"kind\":\"Secret\",") << true;
        QTest::newRow("cut in a nested array") << QByteArray("{\"items\":[{\"a\":1}") << true;
        QTest::newRow("empty") << QByteArray() << true;
        QTest::newRow("whitespace") << QByteArray(" \n") << true;
    }

    void endsEarly() {
        QFETCH(QByteArray, json);
        QFETCH(bool, cut);
        QCOMPARE(TruncatedJson::endsEarly(json), cut);
    }
};

QTEST_GUILESS_MAIN(TestTruncatedJson)
#include "tst_truncatedjson.moc"
