#include "DemoEnvironment.h"

#include "KubeClientConfig.h"

#include "SimulatedCluster.h"
#include "SimulatedWan.h"

#include <QFile>

#include <cstring>
#include <new>

#include <openssl/evp.h>

using namespace Qt::Literals::StringLiterals;

namespace {

qsizetype base64Size(std::size_t bytes) {
    return 4 * ((qsizetype(bytes) + 2) / 3);
}

// Appends base64 of bytes without an intermediate copy; out has the room.
void appendBase64(QByteArray &out, QByteArrayView bytes) {
    const qsizetype start = out.size();
    out.resize(start + base64Size(std::size_t(bytes.size())) + 1); // EVP writes a NUL
    EVP_EncodeBlock(reinterpret_cast<unsigned char *>(out.data() + start),
                    reinterpret_cast<const unsigned char *>(bytes.data()), int(bytes.size()));
    out.chop(1);
}

} // namespace

DemoEnvironment::DemoEnvironment(QObject *parent)
    : QObject(parent) {}

DemoEnvironment::~DemoEnvironment() {
    stop();
}

bool DemoEnvironment::start(const Options &options, QString *error) {
    try {
        return startClusters(options, error);
    } catch (const std::bad_alloc &) {
        stop();
        *error = tr("The secure memory for secrets is full; start fewer clusters.");
        return false;
    }
}

bool DemoEnvironment::startClusters(const Options &options, QString *error) {
    stop();
    if (options.clusters < 1 || options.clusters > MaximumClusters) {
        *error = tr("The number of clusters must be from 1 to %1.").arg(MaximumClusters);
        return false;
    }
    for (const ApiFault &fault : options.faults) {
        const QString name = fault.cluster;
        if (!name.isEmpty() &&
            (name.mid(2).toInt() < 1 || name.mid(2).toInt() > options.clusters)) {
            *error = tr("A fault names %1, but the clusters are dc1 to dc%2.")
                         .arg(name)
                         .arg(options.clusters);
            return false;
        }
    }
    m_wan = std::make_unique<SimulatedWan>();
    for (int index = 1; index <= options.clusters; ++index) {
        auto *cluster = new SimulatedCluster(m_wan.get(), this);
        m_clusters.append(cluster);
        SimulatedCluster::Options clusterOptions;
        clusterOptions.index = index;
        clusterOptions.primary = index == 1;
        clusterOptions.latency = options.latency;
        clusterOptions.federationDelay = options.federationDelay;
        if (!cluster->start(clusterOptions, error)) {
            stop();
            return false;
        }
        for (const ApiFault &fault : options.faults) {
            if (!cluster->addFault(fault, error)) {
                stop();
                return false;
            }
        }
        const QString datacenter = cluster->datacenter();
        connect(cluster->consul(), &SimulatedConsul::federated, this,
                [this, datacenter] { emit federated(datacenter); });
        connect(cluster->consul(), &SimulatedConsul::federationRejected, this,
                [this, datacenter](const QString &problem) {
                    emit federationRejected(datacenter, problem);
                });
    }
    return true;
}

void DemoEnvironment::stop() {
    qDeleteAll(m_clusters);
    m_clusters.clear();
    m_wan.reset();
}

SimulatedCluster *DemoEnvironment::cluster(int index) const {
    return m_clusters.value(index);
}

SimulatedCluster *DemoEnvironment::cluster(const QString &datacenter) const {
    for (SimulatedCluster *cluster : m_clusters) {
        if (cluster->datacenter() == datacenter)
            return cluster;
    }
    return nullptr;
}

void DemoEnvironment::writeKubeconfigTo(const std::function<void(QByteArrayView)> &sink) const {
    auto emitBase64 = [&sink](QByteArrayView bytes) {
        QByteArray encoded;
        encoded.reserve(base64Size(std::size_t(bytes.size())) + 1);
        appendBase64(encoded, bytes);
        sink(encoded);
        SecureBuffer::wipe(encoded);
    };
    sink("# Simulated clusters of consul-federator (demo serve, --demo); they vanish when it "
         "stops.\n"
         "# Users without a context of their own: dcN-token (bearer token), dcN-viewer "
         "(read-only,\n"
         "# no secrets), dcN-basic (username and password): kubectl --context dc2 --user "
         "dc2-token\n"
         "apiVersion: v1\nkind: Config\npreferences: {}\nclusters:\n");
    for (const SimulatedCluster *cluster : m_clusters) {
        sink("- name: " + cluster->datacenter().toUtf8() + "\n  cluster:\n    server: " +
             cluster->serverUrl().toEncoded() + "\n    certificate-authority-data: ");
        emitBase64(cluster->caCertificatePem());
        sink("\n");
    }
    sink("contexts:\n");
    for (const SimulatedCluster *cluster : m_clusters) {
        const QByteArray name = cluster->datacenter().toUtf8();
        sink("- name: " + name + "\n  context:\n    cluster: " + name + "\n    user: " + name +
             "-admin\n");
    }
    sink("current-context: " +
         (m_clusters.isEmpty() ? QByteArray("\"\"") : m_clusters[0]->datacenter().toUtf8()) +
         "\nusers:\n");
    for (const SimulatedCluster *cluster : m_clusters) {
        const QByteArray name = cluster->datacenter().toUtf8();
        for (const auto &[suffix, credential] :
             {std::pair{"-admin", &cluster->adminCredential()},
              std::pair{"-viewer", &cluster->viewerCredential()}}) {
            sink("- name: " + name + suffix + "\n  user:\n    client-certificate-data: ");
            emitBase64(credential->certificatePem);
            sink("\n    client-key-data: ");
            emitBase64(credential->keyPem.view());
            sink("\n");
        }
        sink("- name: " + name + "-token\n  user:\n    token: ");
        sink(cluster->bearerToken().view());
        sink("\n- name: " + name + "-basic\n  user:\n    username: " +
             cluster->basicUsername().toUtf8() + "\n    password: ");
        sink(cluster->basicPassword().view());
        sink("\n");
    }
}

SecureBuffer DemoEnvironment::kubeconfigYaml() const {
    std::size_t size = 0;
    writeKubeconfigTo([&size](QByteArrayView piece) { size += std::size_t(piece.size()); });
    SecureBuffer yaml(size);
    std::size_t at = 0;
    writeKubeconfigTo([&](QByteArrayView piece) {
        std::memcpy(yaml.data() + at, piece.data(), std::size_t(piece.size()));
        at += std::size_t(piece.size());
    });
    return yaml;
}

bool DemoEnvironment::writeKubeconfig(const QString &path, bool overwrite, QString *error) const {
    QFile file(path);
    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const QIODevice::OpenMode mode =
        QIODevice::WriteOnly | (overwrite ? QIODevice::Truncate : QIODevice::NewOnly);
    if (!file.open(mode, ownerOnly)) {
        *error = file.exists() && !overwrite
                     ? tr("%1 exists already.").arg(path)
                     : tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    // A file that existed keeps its mode on open: narrow it too.
    bool ok = file.setPermissions(ownerOnly);
    writeKubeconfigTo([&](QByteArrayView piece) {
        ok = ok && file.write(piece.data(), piece.size()) == piece.size();
    });
    ok = ok && file.flush();
    if (!ok)
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
    return ok;
}

bool DemoEnvironment::clientConfig(const QString &context, KubeClientConfig *out) const {
    const SimulatedCluster *c = cluster(context);
    if (!c)
        return false;
    out->contextName = context;
    out->ns = QStringLiteral("consul");
    out->cluster.name = context;
    out->cluster.server = c->serverUrl().toString();
    out->clusterDetails.certificateAuthority = c->caCertificatePem();
    out->user.name = context + QLatin1String("-token");
    out->credentials.token = c->bearerToken().clone();
    return true;
}
