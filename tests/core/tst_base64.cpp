// The one base64 of the project (OpenSSL's encoder, Go's decoder rules):
// encoding agrees with Qt's on every length, across the chunks EVP_EncodeBlock
// is fed in, and into secure memory; decoding follows Go's encoding/base64
// StdEncoding, which is what kubectl and the API server use: padding is
// required, \r and \n are skipped anywhere, anything else outside the alphabet
// is refused at the offset Go names, and Strict() refuses non-zero bits under
// the padding.

#include "Base64.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

class TestBase64 : public QObject {
    Q_OBJECT

private slots:
    void encodesAsQtDoes() {
        QByteArray bytes;
        for (int n = 0; n < 200; ++n) {
            QCOMPARE(Base64::encode(bytes).view(), QByteArrayView(bytes.toBase64()));
            QByteArray out = "prefix:";
            Base64::append(out, bytes);
            QCOMPARE(out, "prefix:" + bytes.toBase64());
            QCOMPARE(qsizetype(Base64::encodedSize(std::size_t(n))), bytes.toBase64().size());
            bytes.append(char(QRandomGenerator::global()->bounded(256)));
        }
    }

    // Larger than one EVP_EncodeBlock call (3 MiB): the chunks join without a seam.
    void encodesAcrossChunks() {
        for (qsizetype size : {qsizetype(3) << 20, (qsizetype(3) << 20) + 1, qsizetype(7) << 20}) {
            QByteArray bytes(size, Qt::Uninitialized);
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                                  size / 4);
            QByteArray out;
            Base64::append(out, bytes);
            QVERIFY2(out == bytes.toBase64(), qPrintable(QString::number(size)));
        }
    }

    void decodes_data() {
        QTest::addColumn<QByteArray>("in");
        QTest::addColumn<bool>("strict");
        QTest::addColumn<QByteArray>("out"); // empty with corruptAt >= 0: refused
        QTest::addColumn<int>("corruptAt");
        QTest::newRow("padded") << QByteArray("aGVsbG8=") << false << QByteArray("hello") << -1;
        QTest::newRow("two pads") << QByteArray("aGk=") << false << QByteArray("hi") << -1;
        QTest::newRow("empty") << QByteArray() << false << QByteArray() << -1;
        QTest::newRow("newlines anywhere")
            << QByteArray("aG\r\nVs\nbG8=\n") << false << QByteArray("hello") << -1;
        // Go: "illegal base64 data at input byte 4" for a quantum cut short.
        QTest::newRow("no padding") << QByteArray("aGVsbG8") << false << QByteArray() << 4;
        QTest::newRow("space") << QByteArray("aGVs bG8=") << false << QByteArray() << 4;
        QTest::newRow("url alphabet") << QByteArray("a-8=") << false << QByteArray() << 1;
        QTest::newRow("pad in the middle") << QByteArray("aG=sbG8=") << false << QByteArray() << 2;
        QTest::newRow("data after padding") << QByteArray("aGk=aGk=") << false << QByteArray() << 4;
        // "aGVsbG9=": the last quantum's leftover bits are 01, not zero.
        QTest::newRow("bits under padding")
            << QByteArray("aGVsbG9=") << false << QByteArray("hello") << -1;
        // Go's decodeQuantum (encoding/base64/base64.go) names si - 1 with si past the '='.
        QTest::newRow("bits under padding, strict")
            << QByteArray("aGVsbG9=") << true << QByteArray() << 7;
    }

    void decodes() {
        QFETCH(QByteArray, in);
        QFETCH(bool, strict);
        QFETCH(QByteArray, out);
        QFETCH(int, corruptAt);
        const Base64::Check check = strict ? Base64::Check::Strict : Base64::Check::Std;
        qsizetype at = -1;
        const std::optional<QByteArray> plain = Base64::decodePlain(in, check, &at);
        const std::optional<SecureBuffer> secure = Base64::decode(in, check);
        if (corruptAt >= 0) {
            QVERIFY(!plain);
            QVERIFY(!secure);
            QCOMPARE(at, qsizetype(corruptAt));
            return;
        }
        QVERIFY(plain);
        QCOMPARE(*plain, out);
        QVERIFY(secure);
        QCOMPARE(secure->view(), QByteArrayView(out));
    }
};

QTEST_GUILESS_MAIN(TestBase64)
#include "tst_base64.moc"
