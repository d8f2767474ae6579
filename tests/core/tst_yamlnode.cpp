// YamlNode: block style as Helm values are written by hand, and scalars that
// read back as the same strings in YAML 1.1 (Helm) and 1.2.

#include "YamlDocument.h"
#include "YamlNode.h"

#include <QtTest/QTest>

using namespace Qt::Literals::StringLiterals;

class TestYamlNode : public QObject {
    Q_OBJECT

private slots:
    void blockStyle();
    void emptyAndScalars();
    void replaceKeepsPlace();
    void quoting_data();
    void quoting();
};

void TestYamlNode::blockStyle() {
    YamlNode item = YamlNode::mapping();
    item.insert(u"key"_s, YamlNode::string(u"k"_s), u"first key\n\nafter a blank"_s);
    item.insert(u"list"_s, YamlNode::sequence()
                               .append(YamlNode::integer(1))
                               .append(YamlNode::sequence().append(YamlNode::boolean(false))));
    YamlNode root = YamlNode::mapping();
    root.insert(u"top"_s, YamlNode::mapping().insert(u"items"_s, YamlNode::sequence().append(item)),
                u"a comment"_s);
    root.insert(u"none"_s, YamlNode());
    QCOMPARE(QString::fromUtf8(root.toYaml()), uR"(# a comment
top:
  items:
    - # first key
      #
      # after a blank
      key: k
      list:
        - 1
        - - false
none: null
)"_s);
    YamlDocument doc;
    QVERIFY(doc.parse(root.toYaml(), nullptr));
    const int items = doc.value(doc.value(doc.root(), "top"), "items");
    QCOMPARE(doc.kind(items), YamlDocument::Kind::Sequence);
    const int first = doc.node(items).children.at(0);
    QCOMPARE(doc.text(doc.value(first, "key")), u"k"_s);
    const int list = doc.value(first, "list");
    QCOMPARE(doc.node(list).children.size(), size_t(2));
    QCOMPARE(doc.kind(doc.value(doc.root(), "none")), YamlDocument::Kind::Null);
}

void TestYamlNode::emptyAndScalars() {
    YamlNode root = YamlNode::mapping();
    root.insert(u"map"_s, YamlNode::mapping());
    root.insert(u"seq"_s, YamlNode::sequence());
    root.insert(u"big"_s, YamlNode::integer(-9007199254740993LL));
    QCOMPARE(root.toYaml(), QByteArray("map: {}\nseq: []\nbig: -9007199254740993\n"));
    QCOMPARE(YamlNode::mapping().toYaml(), QByteArray("{}\n"));
    QCOMPARE(YamlNode::string(u"on"_s).toYaml(), QByteArray("\"on\"\n"));
}

void TestYamlNode::replaceKeepsPlace() {
    YamlNode root = YamlNode::mapping();
    root.insert(u"a"_s, YamlNode::integer(1));
    root.insert(u"b"_s, YamlNode::integer(2), u"old"_s);
    root.insert(u"a"_s, YamlNode::integer(3));
    root.insert(u"b"_s, YamlNode::integer(4));
    QCOMPARE(root.toYaml(), QByteArray("a: 3\nb: 4\n"));
}

void TestYamlNode::quoting_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("written");
    QTest::newRow("name") << u"consul-federation"_s << QByteArray("consul-federation");
    QTest::newRow("url") << u"https://10.0.0.2:6443/path"_s
                         << QByteArray("https://10.0.0.2:6443/path");
    QTest::newRow("host") << u"gw.example.com"_s << QByteArray("gw.example.com");
    QTest::newRow("empty") << QString() << QByteArray("\"\"");
    for (const char *word :
         {"on", "On", "OFF", "yes", "No", "y", "N", "true", "False", "null", "NULL"})
        QTest::newRow(word) << QString::fromLatin1(word)
                            << QByteArray('"' + QByteArray(word) + '"');
    QTest::newRow("integer") << u"123"_s << QByteArray("\"123\"");
    QTest::newRow("float") << u"1e3"_s << QByteArray("\"1e3\"");
    QTest::newRow("dot float") << u".5"_s << QByteArray("\".5\"");
    QTest::newRow("infinity") << u".inf"_s << QByteArray("\".inf\"");
    QTest::newRow("sexagesimal") << u"1:20"_s << QByteArray("\"1:20\"");
    QTest::newRow("timestamp") << u"2001-12-14"_s << QByteArray("\"2001-12-14\"");
    QTest::newRow("tilde") << u"~"_s << QByteArray("\"~\"");
    QTest::newRow("dash") << u"-x"_s << QByteArray("\"-x\"");
    QTest::newRow("colon space") << u"a: b"_s << QByteArray("\"a: b\"");
    QTest::newRow("trailing colon") << u"a:"_s << QByteArray("\"a:\"");
    QTest::newRow("comment") << u"a #b"_s << QByteArray("\"a #b\"");
    QTest::newRow("anchor") << u"&a"_s << QByteArray("\"&a\"");
    QTest::newRow("quote and backslash") << u"a\"b\\c"_s << QByteArray("\"a\\\"b\\\\c\"");
    QTest::newRow("newline and tab") << u"a\nb\tc"_s << QByteArray("\"a\\nb\\tc\"");
    QTest::newRow("control") << u"a\u0001"_s << QByteArray("\"a\\x01\"");
    QTest::newRow("line separator") << u"a\u2028"_s << QByteArray("\"a\\L\"");
    QTest::newRow("unicode") << u"zürich"_s << QByteArray("\"z\xC3\xBCrich\"");
}

void TestYamlNode::quoting() {
    QFETCH(QString, text);
    QFETCH(QByteArray, written);
    QCOMPARE(YamlNode::quoted(text), written);
    // It reads back as the same string.
    YamlDocument doc;
    QVERIFY(doc.parse("k: " + written + '\n', nullptr));
    QCOMPARE(doc.kind(doc.value(doc.root(), "k")), YamlDocument::Kind::Scalar);
    QCOMPARE(doc.text(doc.value(doc.root(), "k")), text);
}

QTEST_GUILESS_MAIN(TestYamlNode)
#include "tst_yamlnode.moc"
