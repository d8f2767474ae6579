// SealedSecret: AES-256-GCM under a scrypt key, with a passphrase check and a
// checksum that tell a wrong passphrase from a changed file.

#include "SealedSecret.h"

#include <QtCore/QCryptographicHash>
#include <QtTest/QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

// The cheapest cost a sealed file may have: tests seal and unseal hundreds
// of times.
const SealedSecret::Cost Cheap{10, 8, 1};

constexpr qsizetype HeaderSize = 57;
constexpr qsizetype TagSize = 16;
constexpr qsizetype DigestSize = 32;

SecureBuffer buffer(const char *text) {
    return SecureBuffer(text, std::strlen(text));
}

const char Plaintext[] = "{\"apiVersion\":\"v1\",\"kind\":\"Secret\",\"metadata\":{\"name\":"
                         "\"consul-federation\"},\"data\":{\"caKey\":\"c2VjcmV0IGtleQ==\"}}";
const char Passphrase[] = "correct horse battery staple";

// The checksum again after a change, as someone who knows the format would.
QByteArray withChecksum(QByteArray sealed) {
    sealed.chop(DigestSize);
    return sealed + QCryptographicHash::hash(sealed, QCryptographicHash::Sha256);
}

} // namespace

class TestSealedSecret : public QObject {
    Q_OBJECT

private:
    QByteArray m_sealed;

    SealedSecret::Failure unseal(const QByteArray &sealed, const char *passphrase,
                                 QString *error = nullptr);

private slots:
    void initTestCase();
    void roundTrip();
    void defaultCost();
    void freshSaltAndNonce();
    void wrongPassphrase();
    void everyChangedByteIsRefused();
    void changedContentsWithANewChecksum();
    void changedHeaderWithANewChecksum();
    void notSealed();
    void refusesWeakInput();
};

SealedSecret::Failure TestSealedSecret::unseal(const QByteArray &sealed, const char *passphrase,
                                               QString *error) {
    SealedSecret::Failure failure = SealedSecret::Failure::None;
    QString message;
    const std::optional<SecureBuffer> plain =
        SealedSecret::unseal(sealed, buffer(passphrase), &failure, &message);
    if (error)
        *error = message;
    if (plain)
        return plain->equals(Plaintext) ? SealedSecret::Failure::None
                                        : SealedSecret::Failure::Crypto;
    return failure;
}

void TestSealedSecret::initTestCase() {
    QString error;
    const std::optional<QByteArray> sealed =
        SealedSecret::seal(buffer(Plaintext), buffer(Passphrase), &error, Cheap);
    QVERIFY2(sealed, qPrintable(error));
    m_sealed = *sealed;
}

void TestSealedSecret::roundTrip() {
    QCOMPARE(m_sealed.size(),
             HeaderSize + qsizetype(std::strlen(Plaintext)) + TagSize + DigestSize);
    QVERIFY(m_sealed.startsWith("CFSEALED\x01\x01\x0a\x08\x01"));
    QVERIFY(SealedSecret::looksSealed(m_sealed));
    QVERIFY(!m_sealed.contains("consul-federation"));
    QVERIFY(!m_sealed.contains("c2VjcmV0IGtleQ=="));
    QCOMPARE(unseal(m_sealed, Passphrase), SealedSecret::Failure::None);
}

void TestSealedSecret::defaultCost() {
    QString error;
    const std::optional<QByteArray> sealed =
        SealedSecret::seal(buffer(Plaintext), buffer(Passphrase), &error);
    QVERIFY2(sealed, qPrintable(error));
    // N 2^17, r 8, p 1.
    QCOMPARE(sealed->mid(10, 3), QByteArray("\x11\x08\x01"));
    QCOMPARE(unseal(*sealed, Passphrase), SealedSecret::Failure::None);
}

void TestSealedSecret::freshSaltAndNonce() {
    QString error;
    const std::optional<QByteArray> again =
        SealedSecret::seal(buffer(Plaintext), buffer(Passphrase), &error, Cheap);
    QVERIFY(again);
    QCOMPARE(again->size(), m_sealed.size());
    QVERIFY(again->mid(13, 16) != m_sealed.mid(13, 16)); // salt
    QVERIFY(again->mid(29, 12) != m_sealed.mid(29, 12)); // nonce
    QVERIFY(again->mid(HeaderSize) != m_sealed.mid(HeaderSize));
}

void TestSealedSecret::wrongPassphrase() {
    QString error;
    QCOMPARE(unseal(m_sealed, "correct horse battery stapler", &error),
             SealedSecret::Failure::WrongPassphrase);
    QCOMPARE(error, u"wrong passphrase"_s);
    QCOMPARE(unseal(m_sealed, "", &error), SealedSecret::Failure::WrongPassphrase);
}

void TestSealedSecret::everyChangedByteIsRefused() {
    for (qsizetype i = 0; i < m_sealed.size(); ++i) {
        QByteArray changed = m_sealed;
        changed[i] = char(changed[i] ^ 0x01);
        QString error;
        const SealedSecret::Failure failure = unseal(changed, Passphrase, &error);
        // The magic makes it no sealed file at all; anything else breaks the
        // checksum, before the passphrase is even tried.
        const SealedSecret::Failure expected =
            i < 8 ? SealedSecret::Failure::NotSealed : SealedSecret::Failure::Changed;
        QVERIFY2(failure == expected, qPrintable(u"byte %1: %2"_s.arg(i).arg(error)));
        if (i >= 8)
            QVERIFY2(error.contains(u"changed or damaged"_s), qPrintable(error));
    }
}

void TestSealedSecret::changedContentsWithANewChecksum() {
    // Someone who recomputes the checksum still cannot change a byte of the
    // ciphertext, the tag or the nonce: GCM's tag, keyed by the passphrase,
    // catches it.
    for (const qsizetype i :
         {qsizetype(29), HeaderSize, HeaderSize + 20, m_sealed.size() - DigestSize - 1}) {
        QByteArray changed = m_sealed;
        changed[i] = char(changed[i] ^ 0x80);
        QString error;
        QCOMPARE(unseal(withChecksum(changed), Passphrase, &error), SealedSecret::Failure::Changed);
        QVERIFY2(error.contains(u"do not authenticate"_s), qPrintable(error));
    }
}

void TestSealedSecret::changedHeaderWithANewChecksum() {
    QString error;
    QByteArray version = m_sealed;
    version[8] = 2;
    QCOMPARE(unseal(withChecksum(version), Passphrase, &error), SealedSecret::Failure::Unsupported);
    QVERIFY2(error.contains(u"version 2"_s), qPrintable(error));

    // A cost that would make unseal allocate gigabytes is refused unread.
    QByteArray cost = m_sealed;
    cost[10] = 30;
    QCOMPARE(unseal(withChecksum(cost), Passphrase, &error), SealedSecret::Failure::Changed);
    QVERIFY2(error.contains(u"scrypt cost"_s), qPrintable(error));

    // The salt (or a valid cost) changed: another key, so the passphrase
    // check fails. A deliberate change of the header reads as a wrong
    // passphrase; it still creates nothing.
    QByteArray salt = m_sealed;
    salt[13] = char(salt[13] ^ 0x01);
    QCOMPARE(unseal(withChecksum(salt), Passphrase), SealedSecret::Failure::WrongPassphrase);
}

void TestSealedSecret::notSealed() {
    QString error;
    QCOMPARE(unseal(QByteArray("apiVersion: v1\nkind: Secret\n"), Passphrase, &error),
             SealedSecret::Failure::NotSealed);
    QVERIFY2(error.contains(u"not a sealed secret"_s), qPrintable(error));
    QCOMPARE(unseal(m_sealed.left(HeaderSize + TagSize), Passphrase),
             SealedSecret::Failure::NotSealed);
    QCOMPARE(unseal(m_sealed.left(m_sealed.size() - 1), Passphrase),
             SealedSecret::Failure::Changed);
    QCOMPARE(unseal(m_sealed + QByteArray(SealedSecret::MaximumSize, 'x'), Passphrase),
             SealedSecret::Failure::NotSealed);
}

void TestSealedSecret::refusesWeakInput() {
    QString error;
    QVERIFY(!SealedSecret::seal(buffer(Plaintext), buffer("short"), &error, Cheap));
    QVERIFY2(error.contains(u"too short"_s), qPrintable(error));
    QVERIFY(!SealedSecret::seal(SecureBuffer(), buffer(Passphrase), &error, Cheap));
    QVERIFY(!SealedSecret::seal(buffer(Plaintext), buffer(Passphrase), &error, {30, 8, 1}));
}

QTEST_GUILESS_MAIN(TestSealedSecret)
#include "tst_sealedsecret.moc"
