#pragma once

#include "KubeconfigLoader.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>

class QCommandLineOption;
class QCommandLineParser;
class QTextStream;
struct Datacenter;
struct DatacenterPlan;

// What every subcommand does with its arguments the same way: exit codes,
// "error: ..." lines, --help, stray arguments and options given twice.
// A command's tr(), with QObject::tr's signature, for the command's namespace:
// lupdate files the strings under the namespace's name, so context names it.
#define FEDERATOR_COMMAND_TR(context)                                                              \
    [[maybe_unused]] QString tr(const char *text, const char *disambiguation = nullptr,            \
                                int n = -1) {                                                      \
        return QCoreApplication::translate(#context, text, disambiguation, n);                     \
    }

namespace CommandLine {

inline constexpr int Success = 0;
inline constexpr int Failure = 1;
inline constexpr int UsageError = 2;

// "error: MESSAGE" on its own line, flushed before anything else is printed.
void printError(QTextStream &err, const QString &message);

// Parses arguments (the subcommand's name first). Prints the help and returns
// Success for --help; prints the problem and returns UsageError for an unknown
// option, a missing value or, unless positional arguments are allowed, a
// positional one. nullopt: the command goes on.
std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out,
                         QTextStream &err, bool positionalAllowed = false);

// False, after saying which, when one of these options is given more than once.
bool givenOnce(const QCommandLineParser &parser,
               std::initializer_list<const QCommandLineOption *> options, QTextStream &err);
bool givenOnce(const QCommandLineParser &parser, const QList<const QCommandLineOption *> &options,
               QTextStream &err);

// A file a command reads whole; false, after setting error, when it cannot be
// read, is a directory or is over maximumSize bytes (a wrong argument, not input).
bool readFile(const QString &path, qint64 maximumSize, QByteArray *contents, QString *error);

// --kubeconfig PATHLIST, the same in every command and in the window.
QCommandLineOption kubeconfigOption();
// The files it names, else $KUBECONFIG's, else ~/.kube/config.
QStringList kubeconfigFiles(const QCommandLineParser &parser, const QCommandLineOption &kubeconfig);
// Loads them with kubectl's rules; nullopt after printing every error: like
// kubectl, a broken file fails the command rather than giving half a config.
std::optional<KubeconfigLoader::Result> loadKubeconfig(const QCommandLineParser &parser,
                                                       const QCommandLineOption &kubeconfig,
                                                       QTextStream &err);

// The datacenter of a context among the kubeconfig's; nullptr when it has none.
const Datacenter *findContext(const QList<Datacenter> &known, const QString &context);
// "context ... is not in the kubeconfig", naming a few that are, the likeliest first.
QString notInKubeconfig(const QList<Datacenter> &known, const QString &context);
// Gives datacenter the API server of its context; false, after adding why to
// problems, when the kubeconfig lacks the context, its cluster or a server URL.
bool setApiServer(DatacenterPlan &datacenter, const QList<Datacenter> &known,
                  QStringList &problems);

} // namespace CommandLine
