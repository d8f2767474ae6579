// The YAML view's highlighting: which highlighter YamlHighlighting gives a
// document, and the formats the project's own YamlHighlighter (the one used
// where KSyntaxHighlighting for Qt 6 is missing, as on Debian 12) puts on each
// character, read back from QTextLayout::formats() of every block. Each case
// is YAML with a pattern under each line naming the role of each character:
//   K key  S string  L boolean, null or number  C comment
//   A anchor, alias or tag  P indicator  . nothing
// Also: the palette picks the dark colours, and a key the chart does not know
// is underlined as an error in the values panel, as `check` reports it.

#include "ChartValues.h"
#include "ValuesCheck.h"
#include "ValuesPanel.h"
#include "YamlEditor.h"
#include "YamlHighlighter.h"
#include "YamlHighlighting.h"

#include <QListWidget>
#include <QPalette>
#include <QPlainTextDocumentLayout>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <memory>

#ifndef FEDERATOR_SHARED_DIR
#error "FEDERATOR_SHARED_DIR must name the shared reference directory"
#endif

using namespace Qt::StringLiterals;
using Role = YamlHighlighter::Role;

namespace {

constexpr Role AllRoles[] = {Role::Key,     Role::String, Role::Literal,
                             Role::Comment, Role::Anchor, Role::Punctuation};

QChar letter(Role role) {
    switch (role) {
    case Role::Key:
        return u'K';
    case Role::String:
        return u'S';
    case Role::Literal:
        return u'L';
    case Role::Comment:
        return u'C';
    case Role::Anchor:
        return u'A';
    case Role::Punctuation:
        return u'P';
    }
    return u'?';
}

// The role letter of every character of block, from the formats the
// highlighter left on its layout; '?' for a format that is none of the roles.
QString rolesOf(const QTextBlock &block, const YamlHighlighter &highlighter) {
    QString roles(block.length() - 1, u'.');
    const QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : ranges) {
        QChar mark = u'?';
        for (const Role role : AllRoles)
            if (range.format == highlighter.format(role))
                mark = letter(role);
        for (int i = range.start; i < range.start + range.length && i < roles.size(); ++i)
            roles[i] = mark;
    }
    return roles;
}

// A document laid out as the YAML view lays out its own (QPlainTextEdit): a
// QTextDocument without a layout emits no contentsChange, so nothing would
// tell its highlighter that the text changed.
struct EditorDocument : QTextDocument {
    EditorDocument() { setDocumentLayout(new QPlainTextDocumentLayout(this)); }
};

// Text and patterns interleaved, a line of YAML then its pattern; a pattern
// may leave out trailing dots.
struct Case {
    QString text;
    QStringList patterns;
};

Case interleaved(std::initializer_list<const char *> lines) {
    Case out;
    QStringList text;
    bool isPattern = false;
    for (const char *line : lines) {
        if (isPattern)
            out.patterns.append(QString::fromUtf8(line));
        else
            text.append(QString::fromUtf8(line));
        isPattern = !isPattern;
    }
    out.text = text.join(u'\n');
    return out;
}

} // namespace

Q_DECLARE_METATYPE(Case)

class TestYamlHighlighter : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void factoryPicksOneHighlighter();
    void rolesAreDistinct();
    void formats_data();
    void formats();
    void blockScalarTextIsNoKey();
    void editsCarryStateOverLines();
    void darkPaletteGivesDarkColours();
    void unknownChartKeyUnderlinedAsError();
};

void TestYamlHighlighter::factoryPicksOneHighlighter() {
    QTextDocument document;
    QSyntaxHighlighter *fallback =
        YamlHighlighting::create(&document, QPalette(), YamlHighlighting::Engine::Fallback);
    QVERIFY(qobject_cast<YamlHighlighter *>(fallback));
    QCOMPARE(fallback->document(), &document);
    QCOMPARE(fallback->parent(), &document); // goes with the document

    // The editor takes what the factory gives by default: the fallback in a
    // build without KSyntaxHighlighting, which the CMake option decides.
    YamlEditor editor;
    QVERIFY(editor.highlighter());
    QCOMPARE(editor.highlighter()->document(), editor.document());
    QCOMPARE(YamlHighlighting::defaultEngine() == YamlHighlighting::Engine::KSyntaxHighlighting,
             YamlHighlighting::haveKSyntaxHighlighting());
    if (!YamlHighlighting::haveKSyntaxHighlighting())
        QVERIFY(qobject_cast<YamlHighlighter *>(editor.highlighter()));
}

void TestYamlHighlighter::rolesAreDistinct() {
    QTextDocument document;
    const YamlHighlighter highlighter(&document);
    const QTextCharFormat key = highlighter.format(Role::Key);
    const QTextCharFormat string = highlighter.format(Role::String);
    const QTextCharFormat literal = highlighter.format(Role::Literal);
    const QTextCharFormat comment = highlighter.format(Role::Comment);
    // A key reads apart from its value by colour, not only by weight.
    QVERIFY(key.foreground().color() != string.foreground().color());
    QVERIFY(key.foreground().color() != literal.foreground().color());
    QVERIFY(string.foreground().color() != literal.foreground().color());
    QCOMPARE(key.fontWeight(), int(QFont::DemiBold));
    QVERIFY(comment.fontItalic());
    QVERIFY(!string.fontItalic());
    // rolesOf() tells every role apart.
    for (const Role a : AllRoles)
        for (const Role b : AllRoles)
            QCOMPARE(highlighter.format(a) == highlighter.format(b), a == b);
}

void TestYamlHighlighter::formats_data() {
    QTest::addColumn<Case>("yaml");
    // A line of YAML, then its pattern, side by side.
    // clang-format off

    QTest::newRow("keys and scalars") << interleaved({
        "name: consul",                      "KKKKP.SSSSSS",
        "port: 8502",                        "KKKKP.LLLL",
        "  nested-key: 0644",                "..KKKKKKKKKKP.LLLL",
        "enabled: yes",                      "KKKKKKKP.LLL",
        "quoted: \"yes\"",                   "KKKKKKP.SSSSS",
        "single: 'true'",                    "KKKKKKP.SSSSSS",
        "nothing: ~",                        "KKKKKKKP.L",
        "float: .5",                         "KKKKKP.LL",
        "url: https://h.example:6443/x",     "KKKP.SSSSSSSSSSSSSSSSSSSSSSSS",
        "\"quoted key\": a b",               "KKKKKKKKKKKKP.SSS",
        "a.b/c-d: x:y",                      "KKKKKKKP.SSS",
        "- item",                            "P.SSSS",
        "- key: 1",                          "P.KKKP.L",
        "- - deep",                          "P.P.SSSS",
        "-1",                                "LL",
        "<<: *base",                         "KKP.AAAAA",
    });
    QTest::newRow("comments") << interleaved({
        "# a comment",                       "CCCCCCCCCCC",
        "key: value # why",                  "KKKP.SSSSS.CCCCC",
        "hash: a#b",                         "KKKKP.SSS",
        "str: \"a # b\" # c",                "KKKP.SSSSSSS.CCC",
        "  # indented",                      "..CCCCCCCCCC",
        "- # on an item",                    "P.CCCCCCCCCCCC",
    });
    QTest::newRow("anchors, aliases and tags") << interleaved({
        "base: &base",                       "KKKKP.AAAAA",
        "  a: 1",                            "..KP.L",
        "copy: *base",                       "KKKKP.AAAAA",
        "tagged: !!str 5",                   "KKKKKKP.AAAAA.S",
        "number: !!int \"5\"",               "KKKKKKP.AAAAA.LLL", // go-yaml: the integer 5
        "local: !secret x",                  "KKKKKP.AAAAAAA.S",
        "- &item one",                       "P.AAAAA.SSS",
        "- *item",                           "P.AAAAA",
    });
    QTest::newRow("block scalars") << interleaved({
        "config: |",                         "KKKKKKP.P",
        "  key: value",                      "SSSSSSSSSSSS",
        "  # not a comment",                 "SSSSSSSSSSSSSSSSS",
        "",                                  "",
        "    - not an item",                 "SSSSSSSSSSSSSSSSS",
        "folded: >-",                        "KKKKKKP.PP",
        "  one: 1",                          "SSSSSSSS",
        "  two",                             "SSSSS",
        "after: x",                          "KKKKKP.S",
        "- |",                               "P.P",
        "  text: t",                         "SSSSSSSSS",
        "- key: |+2 # kept",                 "P.KKKP.PPP.CCCCCC",
        "    indented: x",                   "SSSSSSSSSSSSSSS",
        "  sibling: y",                      "..KKKKKKKP.L", // y: true, to go-yaml v2
        "anchored: &a >",                    "KKKKKKKKP.AA.P",
        "  b: c",                            "SSSSSS",
        "end: 1",                            "KKKP.L",
    });
    QTest::newRow("complex keys") << interleaved({
        "? complex key",                     "P.KKKKKKKKKKK",
        ": value",                           "P.SSSSS",
        "? \"quoted\"",                      "P.KKKKKKKK",
        ": 1",                               "P.L",
        "? |",                               "P.P",
        "  block key",                       "SSSSSSSSSSS",
        ": - item",                          "P.P.SSSS",
        "plain: after",                      "KKKKKP.SSSSS",
    });
    QTest::newRow("flow mappings") << interleaved({
        "flow: {a: 1, b: [x, \"y\"], c: {d: true}}", "KKKKP.PKP.LP.KP.PSP.SSSPP.KP.PKP.LLLLPP",
        "json: {\"a\":1, \"b\": null}",      "KKKKP.PKKKPLP.KKKP.LLLLP",
        "list: [one,",                       "KKKKP.PSSSP",
        "  two, {k: v}] # c",                "..SSSP.PKP.SPP.CCC",
        "next: {",                           "KKKKP.P",
        "  \"multi",                         "..SSSSSS",
        "  line\": yes, url: http://x:1}",   "SSSSSSSP.LLLP.KKKP.SSSSSSSSSSP",
        "anchors: [&a 1, *a, !!str 2]",      "KKKKKKKP.PAA.LP.AAP.AAAAA.SP",
        "after: [a]",                        "KKKKKP.PSP",
    });
    QTest::newRow("multi-line quoted strings") << interleaved({
        "msg: \"first",                      "KKKP.SSSSSS",
        "  second \\\" still: x",            "SSSSSSSSSSSSSSSSSSSS",
        "  end\" # c",                       "SSSSSS.CCC",
        "next: 'it''s",                      "KKKKP.SSSSSS",
        "  # fine: ''no''",                  "SSSSSSSSSSSSSSSS",
        "  done'",                           "SSSSSSS",
        "- \"item",                          "P.SSSSS",
        "  \"",                              "SSS",
        "k: v",                              "KP.S",
    });
    QTest::newRow("documents and directives") << interleaved({
        "%YAML 1.1",                         "PPPPPPPPP",
        "---",                               "PPP",
        "a: 1",                              "KP.L",
        "...",                               "PPP",
        "--- # second",                      "PPP.CCCCCCCC",
        "--- |",                             "PPP.P",
        "b: literal text",                   "SSSSSSSSSSSSSSS",
        "---",                               "PPP",
        "c: d",                              "KP.S",
    });
    // clang-format on
}

void TestYamlHighlighter::formats() {
    QFETCH(Case, yaml);
    EditorDocument document;
    auto *highlighter = qobject_cast<YamlHighlighter *>(
        YamlHighlighting::create(&document, QPalette(), YamlHighlighting::Engine::Fallback));
    QVERIFY(highlighter);
    document.setPlainText(yaml.text);
    QCOMPARE(document.blockCount(), int(yaml.patterns.size()));
    int line = 0;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next(), ++line) {
        QString expected = yaml.patterns.at(line);
        QVERIFY2(expected.size() <= block.length() - 1,
                 qPrintable(u"pattern longer than line %1"_s.arg(line + 1)));
        expected += QString(block.length() - 1 - expected.size(), u'.');
        const QString actual = rolesOf(block, *highlighter);
        if (actual != expected)
            qWarning().noquote() << "line" << line + 1 << block.text();
        QCOMPARE(actual, expected);
    }
}

void TestYamlHighlighter::blockScalarTextIsNoKey() {
    // The same line in and out of a block scalar.
    EditorDocument document;
    YamlHighlighter highlighter(&document);
    document.setPlainText(u"script: |\n  enabled: true\nenabled: true\n"_s);
    const QTextBlock inside = document.findBlockByNumber(1);
    const QTextBlock outside = document.findBlockByNumber(2);
    QCOMPARE(rolesOf(inside, highlighter), u"SSSSSSSSSSSSSSS"_s);
    QCOMPARE(rolesOf(outside, highlighter), u"KKKKKKKP.LLLL"_s);
    for (const QTextLayout::FormatRange &range : inside.layout()->formats())
        QVERIFY(range.format != highlighter.format(Role::Key));
}

void TestYamlHighlighter::editsCarryStateOverLines() {
    // Typing a block scalar's `|` turns the lines below into its text, and
    // deleting it turns them back: the state is carried to the lines after.
    EditorDocument document;
    YamlHighlighter highlighter(&document);
    document.setPlainText(u"data:\n  key: value\nnext: 1\n"_s);
    QCOMPARE(rolesOf(document.findBlockByNumber(1), highlighter), u"..KKKP.SSSSS"_s);
    QTextCursor cursor(document.findBlockByNumber(0));
    cursor.movePosition(QTextCursor::EndOfBlock);
    cursor.insertText(u" |"_s);
    QCOMPARE(rolesOf(document.findBlockByNumber(0), highlighter), u"KKKKP.P"_s);
    QCOMPARE(rolesOf(document.findBlockByNumber(1), highlighter), u"SSSSSSSSSSSS"_s);
    QCOMPARE(rolesOf(document.findBlockByNumber(2), highlighter), u"KKKKP.L"_s);
    cursor.deletePreviousChar();
    QCOMPARE(rolesOf(document.findBlockByNumber(1), highlighter), u"..KKKP.SSSSS"_s);

    // An opening quote makes the next line string until it closes.
    cursor.insertText(u"\"open"_s);
    QCOMPARE(rolesOf(document.findBlockByNumber(1), highlighter), u"SSSSSSSSSSSS"_s);
    QCOMPARE(rolesOf(document.findBlockByNumber(2), highlighter), u"SSSSSSS"_s);
}

void TestYamlHighlighter::darkPaletteGivesDarkColours() {
    QTextDocument darkDocument;
    YamlHighlighter dark(&darkDocument);
    dark.setDarkTheme(true);
    QTextDocument lightDocument;
    const YamlHighlighter light(&lightDocument);
    QVERIFY(dark.format(Role::Key) != light.format(Role::Key));

    YamlEditor editor;
    auto *highlighter = qobject_cast<YamlHighlighter *>(editor.highlighter());
    if (!highlighter)
        QSKIP("this build highlights with KSyntaxHighlighting");
    editor.setPlainText(u"key: value\n"_s);
    QPalette palette = editor.palette();
    palette.setColor(QPalette::Base, QColor(0x23, 0x26, 0x29));
    palette.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
    QVERIFY(YamlHighlighting::isDark(palette));
    editor.setPalette(palette); // a PaletteChange event
    QCOMPARE(highlighter->format(Role::Key), dark.format(Role::Key));
    const QTextBlock block = editor.document()->firstBlock();
    QCOMPARE(block.layout()->formats().constFirst().format, dark.format(Role::Key));

    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, Qt::black);
    editor.setPalette(palette);
    QCOMPARE(highlighter->format(Role::Key), light.format(Role::Key));
}

void TestYamlHighlighter::unknownChartKeyUnderlinedAsError() {
    // Issue 15: the view shows an unknown key as `check` counts it, an error.
    ChartValues chart;
    QString error;
    QVERIFY2(
        chart.load(QStringLiteral(FEDERATOR_SHARED_DIR "/reference/consul-k8s-chart-values.yaml"),
                   &error),
        qPrintable(error));
    const QByteArray text = "global:\n"
                            "  datacenter: dc1\n"
                            "  federaton:\n"
                            "    enabled: true\n";
    const QList<ValuesProblem> all = ValuesCheck::check({{u"dc1"_s, text}}, &chart);
    QList<ValuesProblem> typo;
    for (const ValuesProblem &p : all)
        if (p.key == u"global.federaton"_s)
            typo.append(p);
    QCOMPARE(typo.size(), 1);

    ValuesPanel panel;
    panel.showValues(u"dc1"_s, u"Helm values for dc1"_s, text);
    panel.setProblems(typo);
    const QList<QTextEdit::ExtraSelection> selections = panel.editor()->extraSelections();
    QCOMPARE(selections.size(), 1);
    const QTextEdit::ExtraSelection &underline = selections.constFirst();
    QCOMPARE(underline.format.underlineStyle(), QTextCharFormat::WaveUnderline);
    QCOMPARE(underline.format.underlineColor(), QColor(0xc0, 0x39, 0x2b)); // the error red
    QCOMPARE(underline.cursor.block().blockNumber(), 2);
    QCOMPARE(underline.cursor.selectedText(), u"federaton:"_s);
    QCOMPARE(underline.format.toolTip(), typo.constFirst().message);

    auto *list = panel.findChild<QListWidget *>(u"problemList"_s);
    QVERIFY(list);
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(),
             u"Error — line 3: global.federaton: the chart has no key \"federaton\" here; did you "
             "mean \"global.federation\"?"_s);
}

QTEST_MAIN(TestYamlHighlighter)
#include "tst_yamlhighlighter.moc"
