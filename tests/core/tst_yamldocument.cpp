// SPDX-License-Identifier: GPL-3.0-or-later
//
// YamlDocument: the node tree with 1-based lines and columns, YAML 1.1 nulls and booleans as
// Go's yaml v2 (and so kubectl) reads them, shared aliases, the depth limit, error locations,
// JSON input, the byte order mark, empty input and multi-document streams.

#include "YamlDocument.h"

#include <QtCore/QByteArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonParseError>
#include <QtCore/QList>
#include <QtCore/QSet>
#include <QtCore/QString>
#include <QtTest/QTest>

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

using Kind = YamlDocument::Kind;

// Parses text, failing the test (with the parser's message) when it does not parse.
#define PARSE_OK(doc, text)                                                                        \
    do {                                                                                           \
        YamlDocument::ParseError parseError_;                                                      \
        const bool ok_ = (doc).parse((text), &parseError_);                                        \
        QVERIFY2(ok_, qPrintable(u"parse failed at line %1, column %2: %3"_s.arg(parseError_.line) \
                                     .arg(parseError_.column)                                      \
                                     .arg(parseError_.message)));                                  \
    } while (false)

// Every node index reachable from the root, each counted once (aliases are not expanded).
QSet<int> reachable(const YamlDocument &doc) {
    QSet<int> seen;
    std::vector<int> todo;
    if (doc.root() >= 0)
        todo.push_back(doc.root());
    while (!todo.empty()) {
        const int index = todo.back();
        todo.pop_back();
        if (seen.contains(index))
            continue;
        seen.insert(index);
        for (int child : doc.node(index).children)
            todo.push_back(child);
    }
    return seen;
}

// Text of the value under a path of mapping keys, and the value's index.
int at(const YamlDocument &doc, std::initializer_list<std::string_view> keys) {
    int index = doc.root();
    for (std::string_view key : keys)
        index = doc.value(index, key);
    return index;
}

QByteArray nestedFlowSequences(int levels) {
    // One '[' per line, so the line of the innermost opening bracket is `levels`.
    QByteArray text;
    for (int i = 0; i < levels; ++i)
        text += "[\n";
    text += QByteArray(levels, ']');
    text += '\n';
    return text;
}

QByteArray nestedBlockMappings(int levels) {
    // "k:" on each line, indented one more step each time; the last holds a scalar.
    QByteArray text;
    for (int i = 0; i < levels; ++i)
        text += QByteArray(i, ' ') + "k:\n";
    text += QByteArray(levels, ' ') + "k: leaf\n";
    return text;
}

} // namespace

class TestYamlDocument : public QObject {
    Q_OBJECT

private slots:
    void positions();
    void scalarsAndLookups();
    void nulls_data();
    void nulls();
    void booleans_data();
    void booleans();
    void duplicateKeysLastWins();
    void anchorsShareNodes();
    void aliasBomb();
    void recursiveAliasRefused();
    void unknownAlias();
    void depthLimit_data();
    void depthLimit();
    void syntaxErrors_data();
    void syntaxErrors();
    void json();
    void jsonTabIndented();
    void jsonSyntaxError_data();
    void jsonSyntaxError();
    void byteOrderMark();
    void emptyInput_data();
    void emptyInput();
    void firstDocumentOnly();
    void reparseClearsPreviousTree();
};

void TestYamlDocument::positions() {
    const QByteArray text = "key: value\n"        // 1
                            "list:\n"             // 2
                            "  - first\n"         // 3
                            "  - inner: 1\n"      // 4
                            "    other: two\n"    // 5
                            "map:\n"              // 6
                            "    nested: \"q\"\n" // 7
                            "flow: [a, {b: c}]\n";
    YamlDocument doc;
    PARSE_OK(doc, text);

    const int root = doc.root();
    QCOMPARE(root, 0);
    QCOMPARE(doc.kind(root), Kind::Mapping);
    QCOMPARE(doc.node(root).line, 1);
    QCOMPARE(doc.node(root).column, 1);
    // key, value, key, value, ...
    QCOMPARE(doc.node(root).children.size(), size_t(8));

    const auto &rootChildren = doc.node(root).children;
    const int firstKey = rootChildren[0];
    QCOMPARE(doc.kind(firstKey), Kind::Scalar);
    QCOMPARE(doc.text(firstKey), u"key"_s);
    QCOMPARE(doc.node(firstKey).line, 1);
    QCOMPARE(doc.node(firstKey).column, 1);

    const int value = doc.value(root, "key");
    QCOMPARE(doc.text(value), u"value"_s);
    QCOMPARE(doc.node(value).line, 1);
    QCOMPARE(doc.node(value).column, 6);

    const int list = doc.value(root, "list");
    QCOMPARE(doc.kind(list), Kind::Sequence);
    QCOMPARE(doc.node(list).line, 3); // a block sequence starts at its first "-"
    QCOMPARE(doc.node(list).column, 3);
    QCOMPARE(doc.node(list).children.size(), size_t(2));

    const int first = doc.node(list).children[0];
    QCOMPARE(doc.text(first), u"first"_s);
    QCOMPARE(doc.node(first).line, 3);
    QCOMPARE(doc.node(first).column, 5);

    const int item = doc.node(list).children[1];
    QCOMPARE(doc.kind(item), Kind::Mapping);
    QCOMPARE(doc.node(item).line, 4);
    QCOMPARE(doc.node(item).column, 5);
    const int inner = doc.value(item, "inner");
    QCOMPARE(doc.text(inner), u"1"_s);
    QCOMPARE(doc.node(inner).line, 4);
    QCOMPARE(doc.node(inner).column, 12);
    const int other = doc.value(item, "other");
    QCOMPARE(doc.text(other), u"two"_s);
    QCOMPARE(doc.node(other).line, 5);
    QCOMPARE(doc.node(other).column, 12);

    const int map = doc.value(root, "map");
    QCOMPARE(doc.kind(map), Kind::Mapping);
    QCOMPARE(doc.node(map).line, 7);
    QCOMPARE(doc.node(map).column, 5);
    const int nested = doc.value(map, "nested");
    QCOMPARE(doc.text(nested), u"q"_s);
    QCOMPARE(doc.node(nested).line, 7);
    QCOMPARE(doc.node(nested).column, 13); // the opening quote

    const int flow = doc.value(root, "flow");
    QCOMPARE(doc.kind(flow), Kind::Sequence);
    QCOMPARE(doc.node(flow).line, 8);
    QCOMPARE(doc.node(flow).column, 7);
    const int flowMap = doc.node(flow).children[1];
    QCOMPARE(doc.kind(flowMap), Kind::Mapping);
    QCOMPARE(doc.node(flowMap).column, 11);
    QCOMPARE(doc.text(doc.value(flowMap, "b")), u"c"_s);
    QCOMPARE(doc.node(doc.value(flowMap, "b")).column, 15);
}

void TestYamlDocument::scalarsAndLookups() {
    const QByteArray text = "plain: hello world\n"
                            "single: 'it''s'\n"
                            "double: \"tab\\there\"\n"
                            "number: 0x1F\n"
                            "unicode: \"\\u00FCber \xE2\x9C\x93\"\n"
                            "literal: |\n"
                            "  line one\n"
                            "  line two\n"
                            "folded: >\n"
                            "  one\n"
                            "  two\n"
                            "seq: [1, 2]\n";
    YamlDocument doc;
    PARSE_OK(doc, text);
    const int root = doc.root();
    QCOMPARE(doc.text(doc.value(root, "plain")), u"hello world"_s);
    QCOMPARE(doc.text(doc.value(root, "single")), u"it's"_s);
    QCOMPARE(doc.text(doc.value(root, "double")), u"tab\there"_s);
    QCOMPARE(doc.text(doc.value(root, "number")), u"0x1F"_s); // text as written
    QCOMPARE(doc.text(doc.value(root, "unicode")), u"\u00FCber \u2713"_s);
    QCOMPARE(doc.text(doc.value(root, "literal")), u"line one\nline two\n"_s);
    QCOMPARE(doc.text(doc.value(root, "folded")), u"one two\n"_s);

    // Lookups that find nothing, and text() of non-scalars.
    QCOMPARE(doc.value(root, "absent"), -1);
    QCOMPARE(doc.value(root, "Plain"), -1); // keys are case-sensitive
    const int seq = doc.value(root, "seq");
    QCOMPARE(doc.value(seq, "1"), -1); // not a mapping
    QCOMPARE(doc.value(-1, "plain"), -1);
    QCOMPARE(doc.text(seq), QString());
    QCOMPARE(doc.text(root), QString());
    QCOMPARE(doc.text(-1), QString());
    QCOMPARE(doc.kind(-1), Kind::Null);
}

void TestYamlDocument::nulls_data() {
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("isNull");
    QTest::addColumn<QString>("text");

    // Go's yaml v2 resolves these plain scalars to null.
    QTest::newRow("empty") << QByteArray("") << true << QString();
    QTest::newRow("tilde") << QByteArray("~") << true << QString();
    QTest::newRow("null") << QByteArray("null") << true << QString();
    QTest::newRow("Null") << QByteArray("Null") << true << QString();
    QTest::newRow("NULL") << QByteArray("NULL") << true << QString();
    // Quoted, tagged or other spellings are strings.
    QTest::newRow("double-quoted null") << QByteArray("\"null\"") << false << u"null"_s;
    QTest::newRow("single-quoted null") << QByteArray("'null'") << false << u"null"_s;
    QTest::newRow("quoted tilde") << QByteArray("\"~\"") << false << u"~"_s;
    QTest::newRow("quoted empty") << QByteArray("\"\"") << false << QString();
    QTest::newRow("tagged str null") << QByteArray("!!str null") << false << u"null"_s;
    QTest::newRow("tagged null") << QByteArray("!!null ''") << true << QString();
    QTest::newRow("tagged null tilde") << QByteArray("!!null ~") << true << QString();
    QTest::newRow("nULL") << QByteArray("nULL") << false << u"nULL"_s;
    QTest::newRow("nil") << QByteArray("nil") << false << u"nil"_s;
    QTest::newRow("None") << QByteArray("None") << false << u"None"_s;
}

void TestYamlDocument::nulls() {
    QFETCH(QByteArray, value);
    QFETCH(bool, isNull);
    QFETCH(QString, text);

    YamlDocument doc;
    PARSE_OK(doc, "before: 1\nkey: " + value + "\nafter: 2\n");
    const int index = doc.value(doc.root(), "key");
    QVERIFY(index >= 0); // present, even when null
    QCOMPARE(doc.kind(index), isNull ? Kind::Null : Kind::Scalar);
    QCOMPARE(doc.text(index), text);
    QCOMPARE(doc.node(index).line, 2);
    QCOMPARE(doc.text(doc.value(doc.root(), "after")), u"2"_s);

    // The same as a sequence item.
    YamlDocument seq;
    PARSE_OK(seq, "- " + value + "\n- x\n");
    QCOMPARE(seq.kind(seq.root()), Kind::Sequence);
    QCOMPARE(seq.node(seq.root()).children.size(), size_t(2));
    QCOMPARE(seq.kind(seq.node(seq.root()).children[0]), isNull ? Kind::Null : Kind::Scalar);
}

void TestYamlDocument::booleans_data() {
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("expected");

    // Go's yaml v2 (YAML 1.1) truth values; kubectl read each of these as true (v1.32).
    for (const char *t : {"true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON", "y", "Y"})
        QTest::newRow(t) << QByteArray(t) << true;
    // False, and not booleans at all.
    for (const char *f : {"false", "False", "FALSE", "no", "No", "off", "n", "N", "tRUE", "yEs",
                          "oN", "1", "0", "enabled", "truex", "ja"})
        QTest::newRow(f) << QByteArray(f) << false;
    QTest::newRow("empty (null)") << QByteArray("") << false;
    QTest::newRow("null") << QByteArray("null") << false;
    QTest::newRow("mapping") << QByteArray("{true: true}") << false;
    QTest::newRow("sequence") << QByteArray("[true]") << false;
    // Quoted text is a string, however it is spelt: kubectl refuses "true" where a bool belongs
    // (KubeconfigLoader reports it), and a string is never true here.
    QTest::newRow("double-quoted true") << QByteArray("\"true\"") << false;
    QTest::newRow("single-quoted yes") << QByteArray("'yes'") << false;
    QTest::newRow("quoted false") << QByteArray("\"false\"") << false;
    QTest::newRow("block yes") << QByteArray("|-\n  yes") << false;
    // A tag decides whatever the quoting: kubectl reads `!!bool "yes"` as true and refuses
    // `!!str true`.
    QTest::newRow("tagged bool, quoted") << QByteArray("!!bool \"yes\"") << true;
    QTest::newRow("tagged bool off") << QByteArray("!!bool off") << false;
    QTest::newRow("tagged str true") << QByteArray("!!str true") << false;
    QTest::newRow("anchored true") << QByteArray("&a true") << true;
}

void TestYamlDocument::booleans() {
    QFETCH(QByteArray, value);
    QFETCH(bool, expected);

    YamlDocument doc;
    PARSE_OK(doc, "flag: " + value + "\n");
    QCOMPARE(doc.boolean(doc.value(doc.root(), "flag")), expected);
    QCOMPARE(doc.boolean(doc.value(doc.root(), "absent")), false);
    QCOMPARE(doc.boolean(-1), false);
}

void TestYamlDocument::duplicateKeysLastWins() {
    // Go's yaml v2 (and so kubectl, which prints "second" for this) keeps the last value of a
    // key given twice; QJsonDocument does the same for JSON.
    YamlDocument yaml;
    PARSE_OK(yaml, "server: first\nother: x\nserver: second\n");
    QCOMPARE(yaml.text(yaml.value(yaml.root(), "server")), u"second"_s);
    QCOMPARE(yaml.node(yaml.value(yaml.root(), "server")).line, 3);

    YamlDocument json;
    PARSE_OK(json, "{\"server\": \"first\", \"server\": \"second\"}");
    QCOMPARE(json.text(json.value(json.root(), "server")), u"second"_s);
}

void TestYamlDocument::anchorsShareNodes() {
    const QByteArray text = "base: &base\n"
                            "  server: one\n"
                            "  port: 443\n"
                            "copy: *base\n"
                            "name: &n shared-name\n"
                            "names: [*n, *n, other]\n"
                            "list: &l [a, b]\n"
                            "lists:\n"
                            "  - *l\n"
                            "  - *l\n"
                            "redefined: &n changed\n"
                            "later: *n\n";
    YamlDocument doc;
    PARSE_OK(doc, text);
    const int root = doc.root();

    const int base = doc.value(root, "base");
    QCOMPARE(doc.kind(base), Kind::Mapping);
    QCOMPARE(doc.node(base).line, 1); // an anchored node starts at its anchor
    const int copy = doc.value(root, "copy");
    QCOMPARE(copy, base); // the same node, not a copy
    QCOMPARE(doc.text(doc.value(copy, "server")), u"one"_s);

    const int name = doc.value(root, "name");
    QCOMPARE(doc.text(name), u"shared-name"_s);
    const auto &names = doc.node(doc.value(root, "names")).children;
    QCOMPARE(names.size(), size_t(3));
    QCOMPARE(names[0], name);
    QCOMPARE(names[1], name);
    QVERIFY(names[2] != name);
    QCOMPARE(doc.text(names[2]), u"other"_s);

    const int list = doc.value(root, "list");
    const auto &lists = doc.node(doc.value(root, "lists")).children;
    QCOMPARE(lists.size(), size_t(2));
    QCOMPARE(lists[0], list);
    QCOMPARE(lists[1], list);
    QCOMPARE(doc.node(list).children.size(), size_t(2));

    // An anchor defined again refers to the new node from then on.
    QCOMPARE(doc.text(doc.value(root, "later")), u"changed"_s);
    QCOMPARE(doc.node(doc.value(root, "later")).line, 11);
}

void TestYamlDocument::aliasBomb() {
    // "Billion laughs": nine levels of nine aliases each expand to 9^9 (387 million) scalars.
    QByteArray text =
        "a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", "
        "\"lol\"]\n";
    for (char level = 'b'; level <= 'i'; ++level) {
        const char previous = static_cast<char>(level - 1);
        text += QByteArray(1, level) + ": &" + QByteArray(1, level) + " [";
        for (int i = 0; i < 9; ++i)
            text += (i ? ", *" : "*") + QByteArray(1, previous);
        text += "]\n";
    }

    // Not expanded is counted below, not timed: the document holds each node once.
    YamlDocument doc;
    PARSE_OK(doc, text);

    const QSet<int> nodes = reachable(doc);
    // root + 9 keys + 9 sequences + 9 "lol" scalars = 28; expanded it would be 387 million.
    QVERIFY2(nodes.size() < 1000, qPrintable(u"%1 nodes"_s.arg(nodes.size())));
    QCOMPARE(nodes.size(), qsizetype(28));

    // The top level holds nine references to the same node of the level below.
    const int h = doc.value(doc.root(), "h");
    const int i = doc.value(doc.root(), "i");
    QCOMPARE(doc.kind(i), Kind::Sequence);
    QCOMPARE(doc.node(i).children.size(), size_t(9));
    for (int child : doc.node(i).children)
        QCOMPARE(child, h);
    QCOMPARE(doc.node(i).line, 9);
}

void TestYamlDocument::recursiveAliasRefused() {
    // An alias inside its own anchored node would make the tree a cycle; Go's yaml refuses it
    // ("anchor 'x' value contains itself") and so does kubectl.
    YamlDocument doc;
    YamlDocument::ParseError error;
    QVERIFY(!doc.parse("a: 1\nb: &x\n  c: [1, *x]\n", &error));
    QVERIFY2(error.message.contains(u"\"x\""_s), qPrintable(error.message));
    QCOMPARE(error.line, 3);
    QVERIFY(doc.isEmpty());

    // A sibling alias after the anchored node is closed is fine.
    PARSE_OK(doc, "b: &x\n  c: [1]\nd: *x\n");
    QCOMPARE(doc.value(doc.root(), "d"), doc.value(doc.root(), "b"));
}

void TestYamlDocument::unknownAlias() {
    YamlDocument doc;
    YamlDocument::ParseError error;
    QVERIFY(!doc.parse("a: 1\nb:\n  c: *missing\n", &error));
    QVERIFY2(error.message.contains(u"unknown alias"_s), qPrintable(error.message));
    QVERIFY2(error.message.contains(u"missing"_s), qPrintable(error.message));
    QCOMPARE(error.line, 3);
    QCOMPARE(error.column, 6);
    QVERIFY(doc.isEmpty());
    QCOMPARE(doc.root(), -1);

    // An alias used before its anchor is defined is unknown too.
    QVERIFY(!doc.parse("a: *later\nb: &later x\n", &error));
    QVERIFY2(error.message.contains(u"later"_s), qPrintable(error.message));
    QCOMPARE(error.line, 1);
}

void TestYamlDocument::depthLimit_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("errorLine");

    const int limit = YamlDocument::MaximumDepth;
    QCOMPARE(limit, 256);
    QTest::newRow("flow, at the limit") << nestedFlowSequences(limit) << true << 0;
    QTest::newRow("flow, one deeper") << nestedFlowSequences(limit + 1) << false << limit + 1;
    QTest::newRow("flow, far deeper") << nestedFlowSequences(5000) << false << limit + 1;
    // nestedBlockMappings(n) has n + 1 mappings.
    QTest::newRow("block, at the limit") << nestedBlockMappings(limit - 1) << true << 0;
    QTest::newRow("block, one deeper") << nestedBlockMappings(limit) << false << limit + 1;

    // JSON takes another parser; the limit and the error line must be the same.
    QTest::newRow("JSON, at the limit")
        << QByteArray("{\"k\":\n" + nestedFlowSequences(limit - 1) + "}") << true << 0;
    QTest::newRow("JSON, one deeper")
        << QByteArray("{\"k\":\n" + nestedFlowSequences(limit) + "}") << false << limit + 1;
    QTest::newRow("JSON objects, one deeper")
        << QByteArray(QByteArray("{\"k\":\n").repeated(limit + 1) + "1" +
                      QByteArray(limit + 1, '}'))
        << false << limit + 1;
}

void TestYamlDocument::depthLimit() {
    QFETCH(QByteArray, text);
    QFETCH(bool, ok);
    QFETCH(int, errorLine);

    YamlDocument doc;
    YamlDocument::ParseError error;
    const bool parsed = doc.parse(text, &error);
    if (ok) {
        QVERIFY2(parsed, qPrintable(error.message));
        // Walk down to the innermost collection: exactly MaximumDepth of them.
        int depth = 0;
        for (int index = doc.root();
             doc.kind(index) == Kind::Sequence || doc.kind(index) == Kind::Mapping;) {
            ++depth;
            const auto &children = doc.node(index).children;
            if (children.empty())
                break;
            index = doc.kind(index) == Kind::Mapping ? children[1] : children[0];
        }
        QCOMPARE(depth, YamlDocument::MaximumDepth);
    } else {
        QVERIFY(!parsed);
        QVERIFY(doc.isEmpty());
        QVERIFY2(error.message.contains(u"256"_s), qPrintable(error.message));
        QVERIFY2(error.message.contains(u"nesting"_s), qPrintable(error.message));
        QCOMPARE(error.line, errorLine);
    }
}

void TestYamlDocument::syntaxErrors_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("bad indentation on line 3")
        << QByteArray("a:\n  b: 1\n c: 2\nd: 3\n") << 3 << u"did not find expected key"_s;
    QTest::newRow("bad indentation on line 11")
        << QByteArray("apiVersion: v1\nkind: Config\nclusters:\n- name: c1\n  cluster:\n"
                      "    server: x\ncontexts:\n- name: ctx\n  context:\n    cluster: c1\n"
                      "   user: u1\ncurrent-context: ctx\n")
        << 11 << u"did not find expected key"_s;
    QTest::newRow("tab indentation on line 4")
        << QByteArray("a:\n  b: 1\n  c:\n\td: 2\n") << 4 << u"cannot start any token"_s;
    // The scanner gives up on the line after the one that lacks its ':'.
    QTest::newRow("missing colon on line 2") << QByteArray("a:\n  b: 1\n  no colon here\nc: 2\n")
                                             << 4 << u"could not find expected ':'"_s;
    // Inside the unclosed '[' "2 c" is one scalar; the parser stops at the ':' after it.
    QTest::newRow("unclosed flow sequence")
        << QByteArray("a: 1\nb: [1, 2\nc: 3\n") << 3 << u"did not find expected ',' or ']'"_s;
    QTest::newRow("unclosed quote")
        << QByteArray("a: 1\nb: \"open\n") << 3 << u"found unexpected end of stream"_s;
    // A tag that its scalar contradicts fails the document in go-yaml (kubectl v1.32: "yaml:
    // cannot decode !!int `1` as a !!bool"); the text itself is left out, as it may be a token.
    QTest::newRow("!!bool 1") << QByteArray("a: 1\nb: !!bool 1\n") << 2
                              << u"cannot decode !!int as a !!bool"_s;
    QTest::newRow("!!bool empty") << QByteArray("a: !!bool\n") << 1
                                  << u"cannot decode !!null as a !!bool"_s;
    QTest::newRow("!!null x") << QByteArray("a:\n  - !!null x\n") << 2
                              << u"cannot decode !!str as a !!null"_s;
    QTest::newRow("!!int 1.5") << QByteArray("!!int 1.5: a\n") << 1
                               << u"cannot decode !!float as a !!int"_s;
}

void TestYamlDocument::syntaxErrors() {
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(QString, messagePart);

    YamlDocument doc;
    YamlDocument::ParseError error;
    QVERIFY(!doc.parse(text, &error));
    QVERIFY(doc.isEmpty());
    QVERIFY2(error.message.contains(messagePart), qPrintable(error.message));
    QCOMPARE(error.line, line);
    QVERIFY(error.column >= 1);

    // No error object is fine.
    YamlDocument again;
    QVERIFY(!again.parse(text, nullptr));
}

void TestYamlDocument::json() {
    const QByteArray text = "{\n"
                            "  \"name\": \"dc1\",\n"
                            "  \"items\": [1, \"two\", true, null, 2.5, {\"k\": \"v\"}, []],\n"
                            "  \"object\": {\"nested\": {\"deep\": \"yes\"}},\n"
                            "  \"empty\": \"\",\n"
                            "  \"unicode\": \"\\u00fc\\ud83d\\ude00\"\n"
                            "}\n";
    YamlDocument doc;
    PARSE_OK(doc, text);
    const int root = doc.root();
    QCOMPARE(doc.kind(root), Kind::Mapping);
    QCOMPARE(doc.text(doc.value(root, "name")), u"dc1"_s);

    const int items = doc.value(root, "items");
    QCOMPARE(doc.kind(items), Kind::Sequence);
    const auto &c = doc.node(items).children;
    QCOMPARE(c.size(), size_t(7));
    QCOMPARE(doc.kind(c[0]), Kind::Scalar);
    QCOMPARE(doc.text(c[0]), u"1"_s);
    QCOMPARE(doc.text(c[1]), u"two"_s);
    QCOMPARE(doc.text(c[2]), u"true"_s);
    QVERIFY(doc.boolean(c[2]));
    QCOMPARE(doc.kind(c[3]), Kind::Null);
    QCOMPARE(doc.text(c[4]), u"2.5"_s);
    QCOMPARE(doc.kind(c[5]), Kind::Mapping);
    QCOMPARE(doc.text(doc.value(c[5], "k")), u"v"_s);
    QCOMPARE(doc.kind(c[6]), Kind::Sequence);
    QVERIFY(doc.node(c[6]).children.empty());

    QCOMPARE(doc.text(at(doc, {"object", "nested", "deep"})), u"yes"_s);
    QCOMPARE(doc.kind(doc.value(root, "empty")), Kind::Scalar); // "" is a string in JSON
    QCOMPARE(doc.text(doc.value(root, "empty")), QString());
    QCOMPARE(doc.text(doc.value(root, "unicode")), u"\u00FC\U0001F600"_s);
}

void TestYamlDocument::jsonTabIndented() {
    // jq --tab writes this; libyaml refuses tabs there, kubectl accepts it.
    const QByteArray text = "{\n"
                            "\t\"apiVersion\": \"v1\",\n"
                            "\t\"contexts\": [\n"
                            "\t\t{\n"
                            "\t\t\t\"name\": \"tabbed\",\n"
                            "\t\t\t\"context\": {\n"
                            "\t\t\t\t\"cluster\": \"c\"\n"
                            "\t\t\t}\n"
                            "\t\t}\n"
                            "\t]\n"
                            "}\n";
    YamlDocument doc;
    PARSE_OK(doc, text);
    const int contexts = doc.value(doc.root(), "contexts");
    QCOMPARE(doc.kind(contexts), Kind::Sequence);
    QCOMPARE(doc.node(contexts).children.size(), size_t(1));
    const int item = doc.node(contexts).children[0];
    QCOMPARE(doc.text(doc.value(item, "name")), u"tabbed"_s);
    QCOMPARE(doc.text(doc.value(doc.value(item, "context"), "cluster")), u"c"_s);
    QCOMPARE(doc.text(doc.value(doc.root(), "apiVersion")), u"v1"_s);
}

void TestYamlDocument::jsonSyntaxError_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");

    QTest::newRow("missing comma on line 4")
        << QByteArray("{\n  \"a\": 1,\n  \"b\": 2\n  \"c\": 3\n}\n") << 4;
    QTest::newRow("missing comma, tab-indented, line 5")
        << QByteArray("{\n\t\"contexts\": [\n\t\t{\n\t\t\t\"name\": \"a\"\n"
                      "\t\t\t\"context\": {}\n\t\t}\n\t]\n}\n")
        << 5;
    QTest::newRow("missing comma after an array, line 3")
        << QByteArray("{\n  \"a\": 1,\n  \"b\": [1, 2] \"c\": 3,\n  \"d\": 4\n}\n") << 3;
    QTest::newRow("after a byte order mark, line 2")
        << QByteArray("\xEF\xBB\xBF{\n  \"a\" 1\n}\n") << 2;
}

void TestYamlDocument::jsonSyntaxError() {
    QFETCH(QByteArray, text);
    QFETCH(int, line);

    // The JSON parser's own message, not libyaml's.
    QByteArray withoutBom = text;
    if (withoutBom.startsWith("\xEF\xBB\xBF"))
        withoutBom.remove(0, 3);
    QJsonParseError jsonError;
    QJsonDocument::fromJson(withoutBom, &jsonError);
    QVERIFY(jsonError.error != QJsonParseError::NoError);

    YamlDocument doc;
    YamlDocument::ParseError error;
    QVERIFY(!doc.parse(text, &error));
    QVERIFY(doc.isEmpty());
    QCOMPARE(error.message, jsonError.errorString());
    QCOMPARE(error.line, line);
}

void TestYamlDocument::byteOrderMark() {
    YamlDocument yaml;
    PARSE_OK(yaml, "\xEF\xBB\xBF"
                   "a: 1\nb: two\n");
    QCOMPARE(yaml.kind(yaml.root()), Kind::Mapping);
    QCOMPARE(yaml.text(yaml.value(yaml.root(), "a")), u"1"_s);
    QCOMPARE(yaml.text(yaml.value(yaml.root(), "b")), u"two"_s);
    QCOMPARE(yaml.node(yaml.value(yaml.root(), "b")).line, 2);
    QCOMPARE(yaml.node(yaml.root()).column, 1);

    YamlDocument json;
    PARSE_OK(json, "\xEF\xBB\xBF{\"a\": \"json\"}");
    QCOMPARE(json.text(json.value(json.root(), "a")), u"json"_s);

    YamlDocument onlyBom;
    PARSE_OK(onlyBom, "\xEF\xBB\xBF");
    QCOMPARE(onlyBom.kind(onlyBom.root()), Kind::Null);
}

void TestYamlDocument::emptyInput_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("null QByteArray") << QByteArray();
    QTest::newRow("empty") << QByteArray("");
    QTest::newRow("whitespace") << QByteArray("  \n\n   \n");
    QTest::newRow("comments") << QByteArray("# nothing here\n  # or here\n");
    QTest::newRow("document marker") << QByteArray("---\n");
    QTest::newRow("explicit null") << QByteArray("null\n");
    QTest::newRow("empty first document") << QByteArray("---\n---\na: 1\n");
}

void TestYamlDocument::emptyInput() {
    QFETCH(QByteArray, text);
    YamlDocument doc;
    PARSE_OK(doc, text);
    QCOMPARE(doc.kind(doc.root()), Kind::Null);
    QCOMPARE(doc.value(doc.root(), "a"), -1);
    QCOMPARE(doc.text(doc.root()), QString());
}

void TestYamlDocument::firstDocumentOnly() {
    YamlDocument doc;
    PARSE_OK(doc, "first: 1\n---\nsecond: 2\n");
    QCOMPARE(doc.text(doc.value(doc.root(), "first")), u"1"_s);
    QCOMPARE(doc.value(doc.root(), "second"), -1);
    QCOMPARE(doc.node(doc.root()).children.size(), size_t(2));

    PARSE_OK(doc, "--- \n- a\n- b\n...\n--- \n- c\n");
    QCOMPARE(doc.kind(doc.root()), Kind::Sequence);
    QCOMPARE(doc.node(doc.root()).children.size(), size_t(2));
    QCOMPARE(doc.node(doc.node(doc.root()).children[1]).line, 3);

    // kubectl (v1.32) does not look past the first document either: a broken second document
    // is not an error.
    PARSE_OK(doc, "first: 1\n---\nsecond: [\n  broken: {\n");
    QCOMPARE(doc.text(doc.value(doc.root(), "first")), u"1"_s);
    QCOMPARE(reachable(doc).size(), qsizetype(3));
}

void TestYamlDocument::reparseClearsPreviousTree() {
    YamlDocument doc;
    PARSE_OK(doc, "a: 1\nb: 2\n");
    QCOMPARE(doc.text(doc.value(doc.root(), "b")), u"2"_s);
    PARSE_OK(doc, "c: 3\n");
    QCOMPARE(doc.value(doc.root(), "b"), -1);
    QCOMPARE(reachable(doc).size(), qsizetype(3));
    YamlDocument::ParseError error;
    QVERIFY(!doc.parse("a: [\n", &error));
    QVERIFY(doc.isEmpty());
    QCOMPARE(doc.kind(doc.root()), Kind::Null);
}

QTEST_GUILESS_MAIN(TestYamlDocument)

#include "tst_yamldocument.moc"
