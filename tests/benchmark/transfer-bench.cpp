// SPDX-License-Identifier: GPL-3.0-or-later
//
// transfer-bench: `consul-federator transfer-secret --replace` against the manual pipeline it
// replaces, on the same simulated clusters (`consul-federator demo serve --clusters 2`: dc1
// with Consul installed as the federation primary, dc2 without Consul; the first, untimed
// transfer creates dc2's namespace and the copy that both then replace):
//   (a) kubectl --context dc1 get secret consul-federation -o ... | kubectl --context dc2 replace
//   -f - (b) consul-federator transfer-secret --from dc1 --to dc2 --kubeconfig FILE --replace
// Budget: median (b) <= 0.50x median (a).  Exit code 0: met, 1: missed, 2: usage or run error.
//
// About (a): the issue names `kubectl get secret -o json | kubectl replace -f -`, but that
// cannot succeed from one cluster to another: the JSON carries dc1's uid and resourceVersion,
// which dc2's API server takes as preconditions and refuses (409, "Precondition failed: UID in
// precondition"). So kubectl get prints the copy itself with a go-template (name, labels, type,
// data; what (b) sends too) and kubectl replace reads it from the pipe: the same two kubectl
// processes and requests, and no third program in between.
//
// Whole processes are timed, from posix_spawn to wait4, as federator-bench does: start-up,
// credentials, TLS and the round trips are all part of what the user waits for.

#include "BenchProcess.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QFileInfo>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>

#include <cstdio>

#ifndef FEDERATOR_EXECUTABLE
#error "FEDERATOR_EXECUTABLE must be defined as the path of the consul-federator executable"
#endif

using namespace Qt::Literals::StringLiterals;
using Bench::Command;
using Bench::die;

namespace {

constexpr double kBudget = 0.50; // (b)/(a), ratio of medians

// The copy as YAML, written by kubectl's go-template: a map's entries one per line, so no
// separators to get wrong.
const char kCopyTemplate[] = "apiVersion: v1\n"
                             "kind: Secret\n"
                             "metadata:\n"
                             "  name: {{.metadata.name}}\n"
                             "  labels:\n"
                             "{{range $k, $v := .metadata.labels}}    {{$k}}: {{$v}}\n{{end}}"
                             "type: {{.type}}\n"
                             "data:\n"
                             "{{range $k, $v := .data}}  {{$k}}: {{$v}}\n{{end}}";

QString shellQuote(const QString &s) {
    QString out = s;
    out.replace(u"'"_s, u"'\\''"_s);
    return u"'"_s + out + u"'"_s;
}

int run(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Times consul-federator transfer-secret --replace against kubectl get | kubectl "
        "replace on simulated clusters."_s);
    parser.addHelpOption();
    const QCommandLineOption roundsOption(u"rounds"_s, u"Measured rounds (default 15)."_s, u"N"_s,
                                          u"15"_s);
    const QCommandLineOption appOption(u"app"_s, u"The consul-federator executable."_s, u"PATH"_s,
                                       QStringLiteral(FEDERATOR_EXECUTABLE));
    const QCommandLineOption latencyOption(
        u"latency-ms"_s, u"Delay of every simulated API response (default 0)."_s, u"MS"_s, u"0"_s);
    parser.addOptions({roundsOption, appOption, latencyOption});
    parser.process(app);
    bool ok = false;
    const int rounds = parser.value(roundsOption).toInt(&ok);
    if (!ok || rounds < 1)
        die(u"--rounds needs a positive number"_s);
    const QString appPath = QFileInfo(parser.value(appOption)).absoluteFilePath();
    const QString kubectl = QStandardPaths::findExecutable(u"kubectl"_s);
    if (kubectl.isEmpty())
        die(u"kubectl not found in PATH"_s);

    QTemporaryDir dir;
    if (!dir.isValid())
        die(u"cannot create a temporary directory"_s);
    const QString kubeconfig = dir.filePath(u"kubeconfig"_s);

    // The simulated clusters, in their own process as for kubectl.
    const Bench::DemoServe demo(
        appPath, {u"--clusters"_s, u"2"_s, u"--latency-ms"_s, parser.value(latencyOption)},
        kubeconfig);
    const QProcessEnvironment env = Bench::cleanEnvironment();
    QProcessEnvironment kubectlEnv = env;
    kubectlEnv.insert(u"KUBECONFIG"_s, kubeconfig);

    const QString pipeline =
        u"%1 --context dc1 -n consul get secret consul-federation -o go-template=%2 | "
        "%1 --context dc2 -n consul replace -f -"_s.arg(
            shellQuote(kubectl), shellQuote(QString::fromLatin1(kCopyTemplate)));
    const Command manual{u"(a) kubectl get | kubectl replace"_s,
                         {u"/bin/sh"_s, u"-c"_s, pipeline},
                         kubectlEnv.toStringList()};
    const Command ours{u"(b) consul-federator transfer-secret --replace"_s,
                       {appPath, u"transfer-secret"_s, u"--from"_s, u"dc1"_s, u"--to"_s, u"dc2"_s,
                        u"--kubeconfig"_s, kubeconfig, u"--replace"_s},
                       env.toStringList()};

    // The copy must exist for both to replace it, and both must really work.
    const Command first{u"first transfer"_s,
                        {appPath, u"transfer-secret"_s, u"--from"_s, u"dc1"_s, u"--to"_s, u"dc2"_s,
                         u"--kubeconfig"_s, kubeconfig},
                        env.toStringList()};
    if (const Bench::Output o = Bench::capture(first); o.exitCode != 0)
        die(u"the first transfer failed: %1"_s.arg(QString::fromLocal8Bit(o.err)));
    if (!Bench::capture(manual).out.contains("secret/consul-federation replaced"))
        die(u"the kubectl pipeline did not replace the secret"_s);
    if (!Bench::capture(ours).out.contains("Transferred consul-federation"))
        die(u"transfer-secret did not transfer the secret"_s);

    std::printf("app:     %s\nkubectl: %s\nlatency: %s ms per API response\n", qPrintable(appPath),
                qPrintable(kubectl), qPrintable(parser.value(latencyOption)));
    return Bench::compare(manual, ours, rounds, kBudget) ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[]) {
    return Bench::main("transfer-bench", run, argc, argv);
}
