#include "Bootstrap.h"
#include "SecureBuffer.h"

#include <QTest>

#include <openssl/crypto.h>

class TestSecureBuffer : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        // As main() does: the buffers below must come from the secure heap.
        QVERIFY(Bootstrap::hardenProcess() != Bootstrap::SecureHeap::Failed);
    }

    void livesInTheSecureHeap() {
        const SecureBuffer buffer("gossip-key", 10);
        QVERIFY(CRYPTO_secure_allocated(buffer.data()));
        QCOMPARE(buffer.view(), QByteArrayView("gossip-key"));
    }

    void takeFromWipesTheSource() {
        QByteArray source("replication-token");
        const SecureBuffer buffer = SecureBuffer::takeFrom(source);
        QVERIFY(source.isEmpty());
        QCOMPARE(buffer.view(), QByteArrayView("replication-token"));
    }

    void wipeOverwritesInPlace() {
        QByteArray bytes("ca-private-key");
        char *data = bytes.data();
        const qsizetype size = bytes.size();
        SecureBuffer::wipe(data, std::size_t(size));
        QCOMPARE(bytes, QByteArray(size, '\0'));
    }

    void wipeLeavesSharedCopiesAlone() {
        const QByteArray other("shared");
        QByteArray bytes = other; // implicitly shared
        SecureBuffer::wipe(bytes);
        QVERIFY(bytes.isEmpty());
        QCOMPARE(other, QByteArray("shared"));
    }

    void moveTransfersOwnership() {
        SecureBuffer a("abc", 3);
        const char *data = a.data();
        SecureBuffer b = std::move(a);
        QCOMPARE(b.data(), data);
        QVERIFY(a.isEmpty());
        QVERIFY(!a.data());
        SecureBuffer c;
        c = std::move(b);
        QCOMPARE(c.view(), QByteArrayView("abc"));
    }

    void equalsComparesContentAndSize() {
        const SecureBuffer buffer("token", 5);
        QVERIFY(buffer.equals("token"));
        QVERIFY(!buffer.equals("tokem"));
        QVERIFY(!buffer.equals("token2"));
        QVERIFY(SecureBuffer().equals(""));
        QVERIFY(buffer.clone().equals("token"));
    }
};

QTEST_GUILESS_MAIN(TestSecureBuffer)
#include "tst_securebuffer.moc"
