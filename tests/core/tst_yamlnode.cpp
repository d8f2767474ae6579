// YamlNode: block style as Helm values are written by hand, and scalars that
// read back as the same strings in YAML 1.1 (Helm) and 1.2; trees read from
// text with Helm's typing, comments and merge keys; read access and editing.

#include "YamlDocument.h"
#include "YamlExpansion.h"
#include "YamlNode.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtTest/QTest>

using namespace Qt::Literals::StringLiterals;

// QCOMPARE prints trees as YAML.
char *toString(const YamlNode &node) {
    return qstrdup(node.toYaml().constData());
}

Q_DECLARE_METATYPE(YamlNode::Kind)

namespace {

YamlNode parsed(const QByteArray &text) {
    YamlDocument::ParseError error;
    const std::optional<YamlNode> tree = YamlNode::parse(text, &error);
    if (!tree)
        qWarning("%s at %d:%d", qPrintable(error.message), error.line, error.column);
    return tree.value_or(YamlNode::string(u"<does not parse>"_s));
}

} // namespace

class TestYamlNode : public QObject {
    Q_OBJECT

private slots:
    void blockStyle();
    void emptyAndScalars();
    void replaceKeepsPlace();
    void quoting_data();
    void quoting();
    void typing_data();
    void typing();
    void typedRoundTrip();
    void longKeysRoundTrip();
    void byteOrderMarkInStringRoundTrips();
    void procedureTextRoundTrip();
    void comments();
    void mergeKeysAndDuplicates();
    void aliasBomb();
    void deepAliasChain();
    void readAccess();
    void editing();
    void equality();
    void fromJson();
    void documentPlainFlag();
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

void TestYamlNode::typing_data() {
    QTest::addColumn<QByteArray>("scalar");
    QTest::addColumn<YamlNode::Kind>("kind");
    QTest::addColumn<QString>("text");
    using K = YamlNode::Kind;
    for (const char *word :
         {"true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON", "y", "Y"})
        QTest::addRow("%s", word) << QByteArray(word) << K::Boolean << u"true"_s;
    for (const char *word :
         {"false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF", "n", "N"})
        QTest::addRow("%s", word) << QByteArray(word) << K::Boolean << u"false"_s;
    // go-yaml v2 knows three spellings only.
    QTest::newRow("tRue") << QByteArray("tRue") << K::String << u"tRue"_s;
    QTest::newRow("yEs") << QByteArray("yEs") << K::String << u"yEs"_s;
    for (const char *word : {"~", "null", "Null", "NULL"})
        QTest::addRow("null %s", word) << QByteArray(word) << K::Null << QString();
    QTest::newRow("empty") << QByteArray("") << K::Null << QString();
    QTest::newRow("nULL") << QByteArray("nULL") << K::String << u"nULL"_s;
    QTest::newRow("decimal") << QByteArray("30443") << K::Integer << u"30443"_s;
    QTest::newRow("plus") << QByteArray("+12") << K::Integer << u"12"_s;
    QTest::newRow("minus") << QByteArray("-7") << K::Integer << u"-7"_s;
    QTest::newRow("zero") << QByteArray("0") << K::Integer << u"0"_s;
    QTest::newRow("hex") << QByteArray("0x1F") << K::Integer << u"31"_s;
    QTest::newRow("negative hex") << QByteArray("-0x10") << K::Integer << u"-16"_s;
    QTest::newRow("octal 0o") << QByteArray("0o17") << K::Integer << u"15"_s;
    QTest::newRow("octal leading 0") << QByteArray("017") << K::Integer << u"15"_s;
    QTest::newRow("binary") << QByteArray("0b101") << K::Integer << u"5"_s;
    QTest::newRow("underscores") << QByteArray("1_000") << K::Integer << u"1000"_s;
    QTest::newRow("int64 max") << QByteArray("9223372036854775807") << K::Integer
                               << u"9223372036854775807"_s;
    QTest::newRow("int64 min") << QByteArray("-9223372036854775808") << K::Integer
                               << u"-9223372036854775808"_s;
    // uint64 in go-yaml; a float64 once Helm has it.
    QTest::newRow("uint64") << QByteArray("9223372036854775808") << K::Float
                            << u"9223372036854775808"_s;
    QTest::newRow("beyond uint64")
        << QByteArray("99999999999999999999") << K::Float << u"99999999999999999999"_s;
    QTest::newRow("not octal") << QByteArray("08") << K::Float << u"08"_s;
    QTest::newRow("float") << QByteArray("0.50") << K::Float << u"0.50"_s;
    QTest::newRow("exponent") << QByteArray("1e3") << K::Float << u"1e3"_s;
    QTest::newRow("dot float") << QByteArray(".5") << K::Float << u".5"_s;
    QTest::newRow("negative dot") << QByteArray("-.5") << K::Float << u"-.5"_s;
    QTest::newRow("infinity") << QByteArray(".inf") << K::Float << u".inf"_s;
    QTest::newRow("minus infinity") << QByteArray("-.Inf") << K::Float << u"-.Inf"_s;
    QTest::newRow("nan") << QByteArray(".NaN") << K::Float << u".NaN"_s;
    QTest::newRow("overflowing float") << QByteArray("1e400") << K::String << u"1e400"_s;
    QTest::newRow("0x alone") << QByteArray("0x") << K::String << u"0x"_s;
    QTest::newRow("version") << QByteArray("1.2.3") << K::String << u"1.2.3"_s;
    QTest::newRow("timestamp") << QByteArray("2001-12-14") << K::String << u"2001-12-14"_s;
    QTest::newRow("sexagesimal") << QByteArray("1:20") << K::String << u"1:20"_s;
    QTest::newRow("word") << QByteArray("consul") << K::String << u"consul"_s;
    QTest::newRow("double-quoted bool") << QByteArray("\"true\"") << K::String << u"true"_s;
    QTest::newRow("single-quoted int") << QByteArray("'30443'") << K::String << u"30443"_s;
    QTest::newRow("tagged int") << QByteArray("!!str 30443") << K::String << u"30443"_s;
    // A tag types the scalar whatever its quoting, as go-yaml (and kubectl) does.
    QTest::newRow("!!int quoted") << QByteArray("!!int \"30443\"") << K::Integer << u"30443"_s;
    QTest::newRow("!!bool quoted") << QByteArray("!!bool 'yes'") << K::Boolean << u"true"_s;
    QTest::newRow("custom tag") << QByteArray("!thing yes") << K::String << u"yes"_s;
    // Go's ParseFloat: '_' between digits, and 0 for what is too small (kubectl v1.32 refuses
    // both as a string field's value, so they are numbers).
    QTest::newRow("dot float with _") << QByteArray(".5_0") << K::Float << u".5_0"_s;
    QTest::newRow("dot _ misplaced") << QByteArray("._5") << K::String << u"._5"_s;
    QTest::newRow("underflow") << QByteArray("1e-400") << K::Float << u"1e-400"_s;
    QTest::newRow("beyond uint64 in hex")
        << QByteArray("0x1FFFFFFFFFFFFFFFFF") << K::String << u"0x1FFFFFFFFFFFFFFFFF"_s;
    QTest::newRow("quoted null") << QByteArray("\"null\"") << K::String << u"null"_s;
    QTest::newRow("block") << QByteArray("|\n  yes\n") << K::String << u"yes\n"_s;
}

void TestYamlNode::typing() {
    QFETCH(QByteArray, scalar);
    QFETCH(YamlNode::Kind, kind);
    QFETCH(QString, text);
    const YamlNode tree = parsed("k: " + scalar + '\n');
    QVERIFY(tree.isMapping());
    const YamlNode *value = tree.value(u"k"_s);
    QVERIFY(value);
    QCOMPARE(value->kind(), kind);
    QCOMPARE(value->text(), text);
    if (kind == YamlNode::Kind::Integer)
        QCOMPARE(QString::number(value->toInteger()), text);
    if (kind == YamlNode::Kind::Boolean)
        QCOMPARE(value->toBool(!value->toBool()), text == u"true"_s);
    // Written and read again, it is the same value of the same kind.
    const YamlNode again = parsed(tree.toYaml());
    QCOMPARE(again.value(u"k"_s)->kind(), kind);
    QCOMPARE(again, tree);
}

void TestYamlNode::typedRoundTrip() {
    const QByteArray text = "a: 0.50\n"
                            "b: 0x1F\n"
                            "c: \"yes\"\n"
                            "d: yes\n"
                            "e: ~\n"
                            "f: [1, \"1\", 1.0]\n"
                            "g: {}\n";
    const YamlNode tree = parsed(text);
    QCOMPARE(tree.toYaml(), QByteArray("a: 0.50\n"
                                       "b: 31\n"
                                       "c: \"yes\"\n"
                                       "d: true\n"
                                       "e: null\n"
                                       "f:\n"
                                       "  - 1\n"
                                       "  - \"1\"\n"
                                       "  - 1.0\n"
                                       "g: {}\n"));
    QCOMPARE(parsed(tree.toYaml()), tree);
}

// The procedure's blocks, comments and all, read and written again unchanged.
// YAML caps implicit keys at 1,024 characters; a longer key (found by fuzz_helmrelease in a
// release's config) must be written in explicit form, or libyaml and go-yaml refuse the file.
void TestYamlNode::longKeysRoundTrip() {
    const QString longKey(1025, u'k');
    YamlNode tree = YamlNode::mapping();
    tree.insert(longKey, YamlNode::string(u"v"_s));
    tree.insert(QString(1024, u'j'), YamlNode::integer(1));
    const QByteArray yaml = tree.toYaml();
    QVERIFY2(yaml.startsWith("? "), yaml.left(40).constData());
    QVERIFY2(yaml.contains("\n" + QByteArray(1024, 'j') + ": 1\n"), yaml.right(40).constData());
    YamlDocument::ParseError error;
    const std::optional<YamlNode> back = YamlNode::parse(yaml, &error);
    QVERIFY2(back, qPrintable(error.message));
    QCOMPARE(*back, tree);
}

// "\xFEFF" is not U+FEFF: \x takes two hex digits (found by fuzz_planfile in a context name).
void TestYamlNode::byteOrderMarkInStringRoundTrips() {
    for (const char16_t c : {u'\uFEFF', u'\uFFFE', u'\uFFFF'}) {
        const QString name = u"east"_s + QChar(c) + u"1"_s;
        YamlNode tree = YamlNode::mapping();
        tree.insert(u"context"_s, YamlNode::string(name));
        const QByteArray yaml = tree.toYaml();
        QVERIFY2(yaml.contains("\\u"), yaml.constData());
        const std::optional<YamlNode> back = YamlNode::parse(yaml);
        QVERIFY(back);
        QVERIFY(back->value(u"context"_s));
        QCOMPARE(back->value(u"context"_s)->text(), name);
    }
}

void TestYamlNode::procedureTextRoundTrip() {
    const QByteArray text = R"(fullnameOverride: consul
# Top comment
global:
  name: consul
  # TLS configures whether Consul components use TLS.
  tls:
    # TLS must be enabled for federation in Kubernetes.
    enabled: true
    # Here we're using the shared certificate authority from the primary
    # datacenter that was exported via the federation secret.
    caCert:
      secretName: consul-federation
      secretKey: caCert
server:
  # Here we're including the server config exported from the primary
  # via the federation secret.
  extraVolumes:
    - # first key
      #
      # after a blank
      type: secret
      name: consul-federation
      items:
        - key: serverConfigJSON
          path: config.json
      load: true
)";
    const YamlNode tree = parsed(text);
    QCOMPARE(QString::fromUtf8(tree.toYaml()), QString::fromUtf8(text));
    QCOMPARE(tree.comment(u"global"_s), u"Top comment"_s);
    QCOMPARE(tree.find({u"global"_s})->comment(u"tls"_s),
             u"TLS configures whether Consul components use TLS."_s);
    const YamlNode &volume = tree.find({u"server"_s, u"extraVolumes"_s})->items()[0];
    QCOMPARE(volume.comment(u"type"_s), u"first key\n\nafter a blank"_s);
    QCOMPARE(volume.comment(u"name"_s), QString());
}

void TestYamlNode::comments() {
    const YamlNode tree = parsed(R"(script: |
  echo
  # part of the script, not a comment
next: 1
# about
#   indented words
after: 2

# separated by a blank line: still above
far: 3
inline: 4 # an inline comment is not kept
)");
    QCOMPARE(tree.value(u"script"_s)->text(), u"echo\n# part of the script, not a comment\n"_s);
    QCOMPARE(tree.comment(u"next"_s), QString());
    QCOMPARE(tree.comment(u"after"_s), u"about\nindented words"_s);
    QCOMPARE(tree.comment(u"far"_s), u"separated by a blank line: still above"_s);
    QCOMPARE(tree.comment(u"inline"_s), QString());
    // fromDocument without the text has no comments.
    YamlDocument doc;
    QVERIFY(doc.parse("# c\na: 1\n", nullptr));
    QCOMPARE(YamlNode::fromDocument(doc, doc.root()).comment(u"a"_s), QString());
    QCOMPARE(YamlNode::fromDocument(doc, doc.root(), "# c\na: 1\n").comment(u"a"_s), u"c"_s);
}

void TestYamlNode::mergeKeysAndDuplicates() {
    const QByteArray text = R"(base: &base
  a: 1
  b: 2
other: &other
  c: 3
  a: 9
x:
  b: 20
  <<: [*base, *other]
  d: 4
dup: 1
later: 2
dup: 3
quoted:
  "<<": not a merge
)";
    const YamlNode tree = parsed(text);
    const YamlNode *x = tree.value(u"x"_s);
    QVERIFY(x);
    // Explicit keys win, earlier merged mappings win over later ones.
    QCOMPARE(x->keys(), (QStringList{u"b"_s, u"a"_s, u"c"_s, u"d"_s}));
    QCOMPARE(x->value(u"a"_s)->toInteger(), 1);
    QCOMPARE(x->value(u"b"_s)->toInteger(), 20);
    QCOMPARE(x->value(u"c"_s)->toInteger(), 3);
    // The same answers as YamlDocument::value, which the checks use.
    YamlDocument doc;
    QVERIFY(doc.parse(text, nullptr));
    for (const char *key : {"a", "b", "c", "d"})
        QCOMPARE(x->value(QLatin1String(key))->text(),
                 doc.text(doc.value(doc.value(doc.root(), "x"), key)));
    QCOMPARE(tree.keys(),
             (QStringList{u"base"_s, u"other"_s, u"x"_s, u"dup"_s, u"later"_s, u"quoted"_s}));
    QCOMPARE(tree.value(u"dup"_s)->toInteger(), 3);
    QCOMPARE(tree.find({u"quoted"_s, u"<<"_s})->text(), u"not a merge"_s);
}

void TestYamlNode::aliasBomb() {
    QByteArray text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
    for (int i = 1; i < 9; ++i) {
        text += "a" + QByteArray::number(i) + ": &a" + QByteArray::number(i) + " [";
        for (int j = 0; j < 10; ++j)
            text += (j ? ", *a" : "*a") + QByteArray::number(i - 1);
        text += "]\n";
    }
    // YamlDocument shares the aliased nodes: it parses fine.
    YamlDocument doc;
    QVERIFY(doc.parse(text, nullptr));
    // The copy is measured, each anchor once, instead of made: aN holds 1 + 10 x a(N-1)
    // nodes, and the count stops one past the limit.
    const YamlExpansion expansion(doc, YamlNode::MaximumNodes, YamlNode::MaximumDepth);
    QCOMPARE(expansion.of(doc.value(doc.root(), "a4")).nodes, 111'111);
    QCOMPARE(expansion.of(doc.value(doc.root(), "a4")).levels, 5);
    QCOMPARE(expansion.of(doc.value(doc.root(), "a5")).nodes, YamlNode::MaximumNodes + 1);
    QCOMPARE(expansion.of(doc.root()).nodes, YamlNode::MaximumNodes + 1);
    QCOMPARE(expansion.culprit(doc.value(doc.root(), "a3")), -1);

    // parse refuses it before copying, at a5 (line 6): the first whose ten aliases of a4
    // (111,111 nodes each) add up past 1,000,000.
    YamlDocument::ParseError error;
    QVERIFY(!YamlNode::parse(text, &error));
    QCOMPARE(error.message, u"aliases expand this to more than 1000000 nodes"_s);
    QCOMPARE(error.line, 6);
    QCOMPARE(expansion.culprit(doc.root()), doc.value(doc.root(), "a5"));

    // fromDocument copies what fits (a0...a4, 123,455 nodes) and leaves out whole each
    // collection whose aliases multiply past what is left, instead of filling it up to the
    // limit: a5 is Null, a6 ten Nulls, a8 a thousand.
    const YamlNode tree = YamlNode::fromDocument(doc, doc.root());
    QCOMPARE(tree.size(), 9);
    const YamlNode *a4 = tree.value(u"a4"_s);
    QCOMPARE(a4->size(), 10);
    QCOMPARE(a4->items()[9].items()[9].items()[9].items()[9].items()[9].text(), u"x"_s);
    QVERIFY(tree.value(u"a5"_s)->isNull());
    const YamlNode *a6 = tree.value(u"a6"_s);
    QCOMPARE(a6->size(), 10);
    for (const YamlNode &item : a6->items())
        QVERIFY(item.isNull());
    QCOMPARE(tree.value(u"a8"_s)->items()[9].items()[9].size(), 10);
    QVERIFY(tree.value(u"a8"_s)->items()[9].items()[9].items()[9].isNull());
}

void TestYamlNode::deepAliasChain() {
    // Each anchor nests the previous one 200 levels deeper: the copy would be
    // deeper than any values file, and deeper than a stack should go.
    QByteArray text;
    for (int i = 0; i < 6; ++i) {
        text += "a" + QByteArray::number(i) + ": &a" + QByteArray::number(i) + " ";
        text += QByteArray(200, '[') + (i ? "*a" + QByteArray::number(i - 1) : "x") +
                QByteArray(200, ']') + '\n';
    }
    YamlDocument::ParseError error;
    QVERIFY(!YamlNode::parse(text, &error));
    QCOMPARE(error.message, u"aliases nest this deeper than 512 levels"_s);
    // a2 (line 3) is the first too deep: its 200 brackets, then 400 through *a1.
    QCOMPARE(error.line, 3);
    QCOMPARE(error.column, 9 + 199); // the innermost of the 200 brackets, which holds *a1
}

void TestYamlNode::readAccess() {
    const YamlNode tree = parsed("global:\n  name: consul\n  acls:\n    manageSystemACLs: true\n"
                                 "list: [a, 2]\n");
    QCOMPARE(tree.kind(), YamlNode::Kind::Mapping);
    QCOMPARE(tree.size(), 2);
    QCOMPARE(tree.keys(), (QStringList{u"global"_s, u"list"_s}));
    QVERIFY(tree.contains(u"list"_s));
    QVERIFY(!tree.contains(u"name"_s));
    QCOMPARE(tree.value(u"global"_s)->value(u"name"_s)->text(), u"consul"_s);
    QCOMPARE(tree.find({u"global"_s, u"acls"_s, u"manageSystemACLs"_s})->toBool(), true);
    QVERIFY(!tree.find({u"global"_s, u"name"_s, u"deeper"_s}));
    QVERIFY(!tree.find({u"missing"_s}));
    QCOMPARE(tree.find({}), &tree);
    const YamlNode *list = tree.value(u"list"_s);
    QVERIFY(list->isSequence());
    QCOMPARE(list->items().size(), size_t(2));
    QCOMPARE(list->items()[0].text(), u"a"_s);
    QCOMPARE(list->items()[1].toInteger(), 2);
    QVERIFY(list->keys().isEmpty());
    QVERIFY(!list->value(u"a"_s));
    QVERIFY(tree.items().empty());
    // No guessing across kinds.
    QCOMPARE(YamlNode::string(u"true"_s).toBool(false), false);
    QCOMPARE(YamlNode::string(u"5"_s).toInteger(-1), -1);
    QCOMPARE(YamlNode().text(), QString());
    QCOMPARE(YamlNode::mapping().text(), QString());
}

void TestYamlNode::editing() {
    YamlNode tree = parsed("# about a\na:\n  b: 1\n  c: 2\nd: x\n");
    tree.set({u"a"_s, u"e"_s, u"f"_s}, YamlNode::boolean(true));
    tree.set({u"d"_s, u"g"_s}, YamlNode::integer(3));  // the scalar in the way goes
    tree.set({u"a"_s, u"b"_s}, YamlNode::integer(10)); // keeps place and comment
    QCOMPARE(tree.toYaml(), QByteArray("# about a\na:\n  b: 10\n  c: 2\n  e:\n    f: true\n"
                                       "d:\n  g: 3\n"));
    QVERIFY(tree.remove(QStringList{u"a"_s, u"c"_s}));
    QVERIFY(!tree.remove(QStringList{u"a"_s, u"c"_s}));
    QVERIFY(!tree.remove(QStringList{u"nowhere"_s, u"c"_s}));
    QVERIFY(tree.remove(u"d"_s));
    QVERIFY(!tree.remove(u"d"_s));
    tree.setComment(u"a"_s, u"new"_s);
    QCOMPARE(tree.toYaml(), QByteArray("# new\na:\n  b: 10\n  e:\n    f: true\n"));
    // A value taken from the tree itself.
    tree.set({u"copy"_s}, *tree.value(u"a"_s));
    QCOMPARE(*tree.value(u"copy"_s), *tree.value(u"a"_s));
    YamlNode scalar = YamlNode::integer(1);
    scalar.set({u"k"_s}, YamlNode::string(u"v"_s));
    QCOMPARE(scalar.toYaml(), QByteArray("k: v\n"));
}

void TestYamlNode::equality() {
    QCOMPARE(parsed("a: 1\nb: {c: [x, y]}\n"), parsed("b:\n  c: [x, y]\n# differs\na: 1\n"));
    QVERIFY(!(parsed("b: {c: [x, y]}\n") == parsed("b: {c: [y, x]}\n")));
    QVERIFY(!(parsed("a: 1\n") == parsed("a: \"1\"\n")));
    QVERIFY(!(parsed("a: 1\n") == parsed("a: 1\nb: 2\n")));
    QVERIFY(!(parsed("a: true\n") == parsed("a: \"true\"\n")));
    QVERIFY(!(parsed("a: null\n") == parsed("a: \"\"\n")));
    // Helm holds every number as a float64.
    QCOMPARE(parsed("a: 1\n"), parsed("a: 1.0\n"));
    QCOMPARE(parsed("a: 0x10\n"), parsed("a: 16\n"));
    QCOMPARE(parsed("a: 1_000.5\n"), parsed("a: 1000.5\n"));
    QCOMPARE(parsed("a: .nan\n"), parsed("a: .nan\n"));
    QVERIFY(!(parsed("a: 1.5\n") == parsed("a: 1\n")));
}

void TestYamlNode::fromJson() {
    const QJsonDocument doc = QJsonDocument::fromJson(
        R"({"b": 30443, "a": 0.5, "c": "yes", "d": true, "e": null, "f": [1e21, -3],
            "g": 9007199254740993})");
    const YamlNode tree = YamlNode::fromJson(doc.object());
    QCOMPARE(tree.value(u"b"_s)->kind(), YamlNode::Kind::Integer);
    QCOMPARE(tree.value(u"b"_s)->toInteger(), 30443);
    QCOMPARE(tree.value(u"a"_s)->kind(), YamlNode::Kind::Float);
    QCOMPARE(tree.value(u"c"_s)->kind(), YamlNode::Kind::String);
    QCOMPARE(tree.value(u"d"_s)->kind(), YamlNode::Kind::Boolean);
    QCOMPARE(tree.value(u"e"_s)->kind(), YamlNode::Kind::Null);
    QCOMPARE(tree.value(u"f"_s)->items()[0].kind(), YamlNode::Kind::Float);
    QCOMPARE(tree.value(u"f"_s)->items()[1].toInteger(), -3);
    QCOMPARE(tree.value(u"g"_s)->toInteger(), 9007199254740993LL);
    // Written, it reads back as the same values, "yes" still a string.
    QCOMPARE(parsed(tree.toYaml()), tree);
}

void TestYamlNode::documentPlainFlag() {
    YamlDocument doc;
    QVERIFY(doc.parse("a: x\nb: \"x\"\nc: 'x'\nd: !!str x\ne: |\n  x\n", nullptr));
    QVERIFY(doc.node(doc.value(doc.root(), "a")).plain);
    for (const char *key : {"b", "c", "d", "e"})
        QVERIFY2(!doc.node(doc.value(doc.root(), key)).plain, key);
    // JSON that libyaml refuses takes the QJsonDocument path: strings quoted,
    // numbers and booleans plain.
    QVERIFY(doc.parse(R"({"s": "\ud83d\ude00", "n": 5, "t": true})", nullptr));
    QVERIFY(!doc.node(doc.value(doc.root(), "s")).plain);
    QVERIFY(doc.node(doc.value(doc.root(), "n")).plain);
    QVERIFY(doc.node(doc.value(doc.root(), "t")).plain);
    QCOMPARE(YamlNode::fromDocument(doc, doc.value(doc.root(), "n")).kind(),
             YamlNode::Kind::Integer);
}

QTEST_GUILESS_MAIN(TestYamlNode)
#include "tst_yamlnode.moc"
