#include "AppSetup.h"
#include "ApplyController.h"
#include "Bootstrap.h"
#include "CanvasScene.h"
#include "Cli.h"
#include "CommandLine.h"
#include "DemoEnvironment.h"
#include "KubeClient.h"
#include "KubeClientConfig.h"
#include "MainWindow.h"
#include "MembershipMonitor.h"
#include "Theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <utility>

namespace {

// zlib level 1: the default level spends more time compressing than the app
// takes to start, and --screenshot is what start-up is timed with.
constexpr int ScreenshotPngQuality = 80;

// With simulated clusters the screenshot shows them read, not "Not read yet";
// a cluster that never answers still gets its picture taken after this.
constexpr int HealthWaitMs = 15000;

bool everyHealthRead(const MembershipMonitor &monitor) {
    const QList<DatacenterHealth> healths = monitor.healths();
    return !healths.isEmpty() &&
           std::all_of(healths.cbegin(), healths.cend(), [](const DatacenterHealth &h) {
               return h.state != DatacenterHealth::State::Unknown;
           });
}

// Saves the window and exits, once nodes gliding to a plan's places stop.
void saveWhenStill(MainWindow *window, const QString &file) {
    if (window->canvasScene()->isMoving()) {
        QTimer::singleShot(20, window, [window, file] { saveWhenStill(window, file); });
        return;
    }
    // A zero timer runs after the pending layout and paint events.
    QTimer::singleShot(0, window, [window, file] {
        const bool ok = window->grab().save(file, "PNG", ScreenshotPngQuality);
        if (!ok)
            std::fprintf(
                stderr, "%s\n",
                qPrintable(QCoreApplication::translate("main", "Cannot write %1").arg(file)));
        QCoreApplication::exit(ok ? 0 : 1);
    });
}

// Saves the window once the kubeconfig is on the canvas and painted, and with
// waitForHealth once every watched datacenter has been read.
void screenshotWhenReady(MainWindow &window, const QString &file, bool waitForHealth) {
    auto save = [&window, file] { saveWhenStill(&window, file); };
    if (!waitForHealth) {
        QObject::connect(&window, &MainWindow::kubeconfigLoaded, &window, save,
                         Qt::SingleShotConnection);
        return;
    }
    auto saved = std::make_shared<bool>(false);
    auto saveOnce = [save, saved] {
        if (!std::exchange(*saved, true))
            save();
    };
    MembershipMonitor *monitor = window.membershipMonitor();
    QObject::connect(monitor, &MembershipMonitor::changed, &window, [monitor, saveOnce] {
        if (everyHealthRead(*monitor))
            saveOnce();
    });
    QTimer::singleShot(HealthWaitMs, &window, saveOnce);
}

// Starts simulated clusters in this process and shows them; false, after
// telling the user why, when they cannot start.
bool startDemo(MainWindow &window, DemoEnvironment &demo,
               DemoEnvironment::Scenario scenario = DemoEnvironment::Scenario::Primary) {
    QString error;
    if (!demo.isRunning() && !demo.start({.clusters = 3, .scenario = scenario}, &error)) {
        QMessageBox::critical(&window, QCoreApplication::translate("main", "Simulated clusters"),
                              QCoreApplication::translate("main", "The simulated clusters could "
                                                                  "not start: %1")
                                  .arg(error));
        return false;
    }
    // Their credentials go from memory to memory: no kubeconfig file.
    window.setClientFactory([&demo](const QString &context, QObject *parent) -> KubeClient * {
        KubeClientConfig config;
        return demo.clientConfig(context, &config) ? new KubeClient(std::move(config), parent)
                                                   : nullptr;
    });
    // Helm is the double in this executable (`consul-federator demo helm`),
    // with the clusters' kubeconfig handed over in memory.
    window.applyController()->setHelmProgram(QCoreApplication::applicationFilePath(),
                                             {QStringLiteral("demo"), QStringLiteral("helm")});
    HelmDriver::Kubeconfig helmKubeconfig;
    helmKubeconfig.inMemory = demo.kubeconfigYaml();
    window.applyController()->setHelmKubeconfig(std::move(helmKubeconfig));
    window.loadSimulatedKubeconfig(demo.kubeconfigYaml());
    return true;
}

// --help and --version print and exit; they must work where no display is.
bool onlyPrints(int argc, char **argv) {
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" ||
            arg == "--version" || arg == "-?")
            return true;
    }
    return false;
}

} // namespace

// The window's entry point, called by the executable once it loaded this module.
extern "C" Q_DECL_EXPORT int federator_gui_main(int argc, char **argv, int secureHeapState) {
    const auto secureHeap = static_cast<Bootstrap::SecureHeap>(secureHeapState);
    std::unique_ptr<QCoreApplication> application;
    if (onlyPrints(argc, argv))
        application = std::make_unique<QCoreApplication>(argc, argv);
    else
        application = std::make_unique<QApplication>(argc, argv);
    QCoreApplication &app = *application;
    AppSetup::installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Federate Consul datacenters across Kubernetes "
                                            "clusters.\n\n%1")
            .arg(Cli::commandSummary()));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption kubeconfig = CommandLine::kubeconfigOption();
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save the window as a PNG once it is laid out and "
                                            "painted, then exit."),
        QCoreApplication::translate("main", "FILE"));
    const QCommandLineOption resetSettings(
        QStringLiteral("reset-settings"),
        QCoreApplication::translate("main", "Forget the saved window layout, then start."));
    const QCommandLineOption plan(
        QStringLiteral("plan"),
        QCoreApplication::translate("main",
                                    "Open a federation plan file once the kubeconfig is read."),
        QCoreApplication::translate("main", "FILE"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Start three simulated clusters inside the app and "
                                            "open them, to try everything without a cluster."));
    const QCommandLineOption scenarioOption(
        QStringLiteral("scenario"),
        QCoreApplication::translate("main", "With --demo, where the simulated clusters start: "
                                            "fresh, primary (default), installed or federated."),
        QCoreApplication::translate("main", "NAME"));
    const QCommandLineOption themeOption(
        QStringLiteral("theme"),
        QCoreApplication::translate("main", "The window's colours: system (the desktop's, by "
                                            "default), light, dark or high-contrast. View → "
                                            "Theme changes and keeps them."),
        QCoreApplication::translate("main", "NAME"));
    parser.addOptions(
        {kubeconfig, screenshot, resetSettings, plan, demoOption, scenarioOption, themeOption});
    parser.process(app);
    DemoEnvironment::Scenario scenario = DemoEnvironment::Scenario::Primary;
    if (parser.isSet(scenarioOption)) {
        const std::optional<DemoEnvironment::Scenario> named =
            DemoEnvironment::scenarioNamed(parser.value(scenarioOption));
        if (!named) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate(
                                        "main", "Unknown scenario \"%1\"; use fresh, primary, "
                                                "installed or federated.")
                                        .arg(parser.value(scenarioOption))));
            return 2;
        }
        scenario = *named;
    }
    QIcon icon;
    for (const char *size : {"32", "64", "256"})
        icon.addFile(QStringLiteral(":/icons/%1.png").arg(QLatin1String(size)));
    QApplication::setWindowIcon(icon);
    QApplication::setDesktopFileName(QStringLiteral("io.github.consulfederator.ConsulFederator"));
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(QCoreApplication::translate("main", "Unknown command \"%1\".\n%2")
                           .arg(parser.positionalArguments().constFirst(), Cli::commandSummary())));
        return 2;
    }

    if (parser.isSet(resetSettings))
        QSettings().clear();
    // Before the window is built, so that nothing is drawn in other colours first.
    // A theme from the command line is for this run; the menu's choice is kept.
    Theme::Kind theme = Theme::saved();
    if (parser.isSet(themeOption)) {
        const std::optional<Theme::Kind> named = Theme::named(parser.value(themeOption));
        if (!named) {
            std::fprintf(
                stderr, "%s\n",
                qPrintable(
                    QCoreApplication::translate("main", "Unknown theme \"%1\"; use %2.")
                        .arg(parser.value(themeOption), Theme::names().join(QLatin1String(", ")))));
            return 2;
        }
        theme = *named;
    }
    if (theme != Theme::Kind::System)
        Theme::apply(theme);

    // Before the window, so the clusters outlive every client the window made.
    DemoEnvironment demo;
    MainWindow window;
    // Screenshots are for READMEs and timing: the same size everywhere.
    if (!parser.isSet(screenshot))
        window.restoreLayout();
    if (const QString warning = Bootstrap::secureHeapWarning(secureHeap); !warning.isEmpty())
        window.statusBar()->showMessage(warning);
    if (parser.isSet(plan)) {
        // The plan needs the contexts' API servers, so it waits for the kubeconfig.
        const QString file = parser.value(plan);
        QObject::connect(
            &window, &MainWindow::kubeconfigLoaded, &window,
            [&window, file] { window.openPlan(file); }, Qt::SingleShotConnection);
    }
    if (parser.isSet(screenshot))
        screenshotWhenReady(window, parser.value(screenshot), parser.isSet(demoOption));
    QObject::connect(&window, &MainWindow::demoRequested, &window,
                     [&window, &demo] { startDemo(window, demo); });
    if (!parser.isSet(demoOption) || !startDemo(window, demo, scenario))
        window.loadKubeconfig(CommandLine::kubeconfigFiles(parser, kubeconfig));
    window.show();
    return app.exec();
}
