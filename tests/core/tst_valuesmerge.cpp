// ValuesMerge: overlay, difference and changes of Helm values trees, and the
// law that ties the first two: overlay(base, difference(values, base)) has
// values' content at every key values has.

#include "ValuesMerge.h"
#include "YamlNode.h"

#include <QtTest/QTest>

using namespace Qt::Literals::StringLiterals;

char *toString(const YamlNode &node) {
    return qstrdup(node.toYaml().constData());
}

namespace {

YamlNode yaml(const char *text) {
    YamlDocument::ParseError error;
    const std::optional<YamlNode> tree = YamlNode::parse(QByteArray(text), &error);
    if (!tree)
        qFatal("test YAML does not parse: %s at %d", qPrintable(error.message), error.line);
    return *tree;
}

// Whether whole has part's content at every key part has: mappings key by
// key, anything else whole.
bool holds(const YamlNode &whole, const YamlNode &part) {
    if (!part.isMapping() || !whole.isMapping())
        return whole == part;
    for (const QString &key : part.keys()) {
        const YamlNode *theirs = whole.value(key);
        if (!theirs || !holds(*theirs, *part.value(key)))
            return false;
    }
    return true;
}

QString describe(const QList<ValuesMerge::Change> &changes) {
    QStringList lines;
    for (const ValuesMerge::Change &c : changes) {
        const char *kind = c.kind == ValuesMerge::Change::Kind::Added     ? "+"
                           : c.kind == ValuesMerge::Change::Kind::Removed ? "-"
                                                                          : "~";
        lines << QLatin1String(kind) + c.path() + u" ["_s + c.before + u"] -> ["_s + c.after + u']';
    }
    return lines.join(u'\n');
}

} // namespace

Q_DECLARE_METATYPE(YamlNode)

class TestValuesMerge : public QObject {
    Q_OBJECT

private slots:
    void overlayMerges();
    void overlayComments();
    void overlayNonMappings();
    void difference_data();
    void difference();
    void differenceIsMinimal();
    void differenceKeepsComments();
    void changes();
    void changesOfCollections();
    void noChanges();
};

void TestValuesMerge::overlayMerges() {
    const YamlNode base = yaml(R"(global:
  name: consul
  tls:
    enabled: false
    caCert: {secretName: a, secretKey: b}
server:
  replicas: 3
  extraVolumes: [{name: x}, {name: y}]
)");
    const YamlNode over = yaml(R"(server:
  extraVolumes: [{name: z}]
  storage: 20Gi
global:
  tls:
    enabled: true
  datacenter: dc2
client: {enabled: true}
)");
    QCOMPARE(QString::fromUtf8(ValuesMerge::overlay(base, over).toYaml()), uR"(global:
  name: consul
  tls:
    enabled: true
    caCert:
      secretName: a
      secretKey: b
  datacenter: dc2
server:
  replicas: 3
  extraVolumes:
    - name: z
  storage: "20Gi"
client:
  enabled: true
)"_s);
    // Over wins on a scalar against a mapping, and the other way round.
    QCOMPARE(ValuesMerge::overlay(yaml("a: {b: 1}\n"), yaml("a: 2\n")), yaml("a: 2\n"));
    QCOMPARE(ValuesMerge::overlay(yaml("a: 2\n"), yaml("a: {b: 1}\n")), yaml("a: {b: 1}\n"));
    // An explicit null wins too.
    QCOMPARE(ValuesMerge::overlay(yaml("a: {b: 1}\n"), yaml("a: null\n")), yaml("a: null\n"));
    // Nothing over: base as it was.
    QCOMPARE(ValuesMerge::overlay(base, YamlNode::mapping()).toYaml(), base.toYaml());
}

void TestValuesMerge::overlayComments() {
    const YamlNode base = yaml("# base a\na: 1\n# base b\nb: 2\n");
    const YamlNode over = yaml("# over a\na: 3\nb: 4\n# over c\nc: 5\n");
    QCOMPARE(ValuesMerge::overlay(base, over).toYaml(),
             QByteArray("# over a\na: 3\n# base b\nb: 4\n# over c\nc: 5\n"));
}

void TestValuesMerge::overlayNonMappings() {
    QCOMPARE(ValuesMerge::overlay(yaml("[1]\n"), yaml("a: 1\n")), yaml("a: 1\n"));
    QCOMPARE(ValuesMerge::overlay(yaml("a: 1\n"), yaml("[1]\n")), yaml("[1]\n"));
    QCOMPARE(ValuesMerge::overlay(YamlNode(), yaml("a: 1\n")), yaml("a: 1\n"));
}

void TestValuesMerge::difference_data() {
    QTest::addColumn<YamlNode>("values");
    QTest::addColumn<YamlNode>("base");
    QTest::addColumn<YamlNode>("expected");
    QTest::newRow("same") << yaml("a: 1\nb: {c: [1, 2]}\n") << yaml("b: {c: [1, 2]}\na: 1\n")
                          << YamlNode::mapping();
    QTest::newRow("added key") << yaml("a: 1\nb: 2\n") << yaml("a: 1\n") << yaml("b: 2\n");
    QTest::newRow("changed scalar")
        << yaml("a: {b: 1, c: 2}\n") << yaml("a: {b: 1, c: 3}\n") << yaml("a: {c: 2}\n");
    QTest::newRow("kind changes") << yaml("a: \"1\"\nb: true\n") << yaml("a: 1\nb: \"true\"\n")
                                  << yaml("a: \"1\"\nb: true\n");
    QTest::newRow("same number") << yaml("a: 1.0\n") << yaml("a: 1\n") << YamlNode::mapping();
    QTest::newRow("sequence whole")
        << yaml("a: [1, 2, 3]\n") << yaml("a: [1, 2]\n") << yaml("a: [1, 2, 3]\n");
    QTest::newRow("keys base has stay out")
        << yaml("a: {b: 1}\n") << yaml("a: {b: 1, c: 2}\nd: 3\n") << YamlNode::mapping();
    QTest::newRow("mapping over scalar")
        << yaml("a: {b: 1}\n") << yaml("a: 5\n") << yaml("a: {b: 1}\n");
    QTest::newRow("scalar over mapping") << yaml("a: 5\n") << yaml("a: {b: 1}\n") << yaml("a: 5\n");
    QTest::newRow("null over value") << yaml("a: null\n") << yaml("a: 1\n") << yaml("a: null\n");
    QTest::newRow("empty mapping over mapping")
        << yaml("a: {}\n") << yaml("a: {b: 1}\n") << YamlNode::mapping();
    QTest::newRow("empty mapping, none in base")
        << yaml("a: {}\n") << yaml("b: 1\n") << yaml("a: {}\n");
    QTest::newRow("deep") << yaml("a: {b: {c: {d: 1, e: 2}}}\n") << yaml("a: {b: {c: {d: 1}}}\n")
                          << yaml("a: {b: {c: {e: 2}}}\n");
}

void TestValuesMerge::difference() {
    QFETCH(YamlNode, values);
    QFETCH(YamlNode, base);
    QFETCH(YamlNode, expected);
    const YamlNode d = ValuesMerge::difference(values, base);
    QCOMPARE(d, expected);
    QVERIFY(d.isMapping());
    // The law, but for an empty mapping over a non-empty one, which an overlay
    // (like Helm's coalescing) cannot express.
    if (QByteArray(QTest::currentDataTag()) != "empty mapping over mapping")
        QVERIFY(holds(ValuesMerge::overlay(base, d), values));
    // And nothing that base already says.
    QCOMPARE(ValuesMerge::difference(ValuesMerge::overlay(base, d), base), d);
}

// Laid over the procedure's values, what a user added is all the difference.
void TestValuesMerge::differenceIsMinimal() {
    const YamlNode generated = yaml(R"(global:
  name: consul
  datacenter: dc1
  tls:
    enabled: true
  acls:
    manageSystemACLs: true
    createReplicationToken: true
connectInject:
  enabled: true
meshGateway:
  enabled: true
)");
    const YamlNode edited = yaml(R"(global:
  name: consul
  datacenter: dc1
  tls:
    enabled: true
    enableAutoEncrypt: true
  acls:
    manageSystemACLs: true
    createReplicationToken: true
connectInject:
  enabled: true
  default: true
meshGateway:
  enabled: true
  replicas: 2
ui:
  enabled: false
)");
    QCOMPARE(QString::fromUtf8(ValuesMerge::difference(edited, generated).toYaml()), uR"(global:
  tls:
    enableAutoEncrypt: true
connectInject:
  default: true
meshGateway:
  replicas: 2
ui:
  enabled: false
)"_s);
    QCOMPARE(ValuesMerge::overlay(generated, ValuesMerge::difference(edited, generated)), edited);
}

void TestValuesMerge::differenceKeepsComments() {
    const YamlNode d = ValuesMerge::difference(yaml("a: 1\n# mine\nb: 2\n"), yaml("a: 1\n"));
    QCOMPARE(d.toYaml(), QByteArray("# mine\nb: 2\n"));
}

void TestValuesMerge::changes() {
    const YamlNode before = yaml(R"(global:
  name: consul
  tls:
    enabled: false
  gossipEncryption:
    secretName: gossip
    secretKey: key
server:
  replicas: 3
)");
    const YamlNode after = yaml(R"(global:
  name: consul
  tls:
    enabled: true
  federation:
    enabled: true
    createFederationSecret: true
server:
  replicas: 3
meshGateway:
  enabled: true
)");
    const QList<ValuesMerge::Change> list = ValuesMerge::changes(before, after);
    QCOMPARE(describe(list), uR"(~global.tls.enabled [false] -> [true]
-global.gossipEncryption.secretName [gossip] -> []
-global.gossipEncryption.secretKey [key] -> []
+global.federation.enabled [] -> [true]
+global.federation.createFederationSecret [] -> [true]
+meshGateway.enabled [] -> [true])"_s);
    QCOMPARE(list.at(0).keys, (QStringList{u"global"_s, u"tls"_s, u"enabled"_s}));
    QCOMPARE(list.at(0).kind, ValuesMerge::Change::Kind::Changed);
    QCOMPARE(list.at(1).kind, ValuesMerge::Change::Kind::Removed);
    QCOMPARE(list.at(3).kind, ValuesMerge::Change::Kind::Added);
}

void TestValuesMerge::changesOfCollections() {
    const QList<ValuesMerge::Change> list = ValuesMerge::changes(
        yaml("a: [1, 2]\nb: {c: 1}\ne: \"on\"\nf: {}\n"),
        yaml("a: [1, 3]\nb: 5\ne: \"off\"\nf: {}\ng: {}\nh: [x]\n\"dotted.key\": 1\n"));
    QCOMPARE(describe(list), uR"(~a [- 1
- 2] -> [- 1
- 3]
~b [c: 1] -> [5]
~e ["on"] -> ["off"]
+g [] -> [{}]
+h [] -> [- x]
+dotted.key [] -> [1])"_s);
    // The keys stay apart where the dotted path cannot.
    QCOMPARE(list.last().keys, QStringList{u"dotted.key"_s});
}

void TestValuesMerge::noChanges() {
    const YamlNode tree = yaml("a: {b: [1, {c: 2}]}\n# comment\nd: 1\n");
    QVERIFY(ValuesMerge::changes(tree, yaml("d: 1.0\na: {b: [1, {c: 2}]}\n")).isEmpty());
    QCOMPARE(ValuesMerge::changes(tree, YamlNode()).size(), 1);
}

QTEST_GUILESS_MAIN(TestValuesMerge)
#include "tst_valuesmerge.moc"
