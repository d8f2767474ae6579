#include "FederationPlan.h"

#include "DatacenterName.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QUrl>

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("FederationPlan", text);
}

// Sprig's `trunc 63 | trimSuffix "-"`: Go slices bytes, and TrimSuffix drops
// one '-' only.
QString truncateLikeHelm(const QString &name) {
    QByteArray bytes = name.toUtf8();
    bytes.truncate(63);
    if (bytes.endsWith('-'))
        bytes.chop(1);
    return QString::fromUtf8(bytes);
}

bool isServerUrl(const QString &text) {
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

} // namespace

QList<DatacenterPlan> FederationPlan::datacenters() const {
    QList<DatacenterPlan> all{primary};
    all += secondaries;
    return all;
}

bool FederationPlan::contains(const QString &context) const {
    return datacenter(context) != nullptr;
}

namespace {

// One body for both: a const_cast would hand out a pointer into a QList still
// shared with the plan it was copied from, so the non-const one iterates
// non-const, which detaches.
template <typename Plan>
auto findDatacenter(Plan &plan, const QString &context) -> decltype(&plan.primary) {
    if (context.isEmpty())
        return nullptr;
    if (plan.primary.context == context)
        return &plan.primary;
    for (auto &dc : plan.secondaries)
        if (dc.context == context)
            return &dc;
    return nullptr;
}

} // namespace

const DatacenterPlan *FederationPlan::datacenter(const QString &context) const {
    return findDatacenter(*this, context);
}

DatacenterPlan *FederationPlan::datacenter(const QString &context) {
    return findDatacenter(*this, context);
}

namespace {

void makeNameUnique(DatacenterPlan &datacenter, const FederationPlan &plan) {
    QStringList taken;
    for (const DatacenterPlan &dc : plan.datacenters())
        if (!dc.context.isEmpty() && dc.context != datacenter.context)
            taken.append(dc.datacenter);
    const QString base = datacenter.datacenter;
    for (int n = 2; taken.contains(datacenter.datacenter); ++n) {
        const QString suffix = QLatin1Char('-') + QString::number(n);
        datacenter.datacenter = base.left(DatacenterName::MaximumLength - suffix.size()) + suffix;
    }
}

} // namespace

void FederationPlan::makePrimary(DatacenterPlan datacenter) {
    if (primary.context == datacenter.context)
        return;
    secondaries.removeIf(
        [&](const DatacenterPlan &dc) { return dc.context == datacenter.context; });
    if (hasPrimary())
        secondaries.prepend(primary);
    makeNameUnique(datacenter, *this);
    primary = std::move(datacenter);
}

bool FederationPlan::addSecondary(DatacenterPlan datacenter) {
    if (!hasPrimary() || contains(datacenter.context))
        return false;
    makeNameUnique(datacenter, *this);
    secondaries.append(std::move(datacenter));
    return true;
}

void FederationPlan::remove(const QString &context) {
    if (context.isEmpty())
        return;
    if (primary.context == context) {
        primary = DatacenterPlan();
        secondaries.clear();
        return;
    }
    secondaries.removeIf([&](const DatacenterPlan &dc) { return dc.context == context; });
}

// The chart's `consul.fullname` in charts/consul/templates/_helpers.tpl of
// hashicorp/consul-k8s (read at commits b544da7 and 02cab6c, unchanged between):
//   if .Values.fullnameOverride: fullnameOverride | trunc 63 | trimSuffix "-"
//   else if .Values.global.name: global.name | trunc 63 | trimSuffix "-"
//   else: printf "%s-%s" .Release.Name (default .Chart.Name .Values.nameOverride)
//         | trunc 63 | trimSuffix "-"
// The chart's name is "consul" (charts/consul/Chart.yaml) and a plan never
// sets nameOverride. There is no "release name contains the chart name" rule.
QString FederationPlan::resourcePrefix(const DatacenterPlan &datacenter) {
    if (!datacenter.fullnameOverride.isEmpty())
        return truncateLikeHelm(datacenter.fullnameOverride);
    if (!datacenter.globalName.isEmpty())
        return truncateLikeHelm(datacenter.globalName);
    return truncateLikeHelm(datacenter.release + QStringLiteral("-consul"));
}

// templates/create-federation-secret-job.yaml runs `consul-k8s-control-plane
// create-federation-secret -resource-prefix="{{ template "consul.fullname" . }}"`
// and control-plane/subcommand/create-federation-secret/command.go names the
// secret fmt.Sprintf("%s-federation", c.flagResourcePrefix): after the
// truncation, so the name itself may exceed 63 characters.
QString FederationPlan::federationSecretName(const DatacenterPlan &datacenter) {
    return resourcePrefix(datacenter) + QStringLiteral("-federation");
}

QString FederationPlan::staticWanAddressOf(const DatacenterPlan &datacenter) const {
    return datacenter.staticWanAddress.isEmpty() ? staticWanAddress : datacenter.staticWanAddress;
}

// helm.sh/helm/v3 pkg/chartutil/validate_name.go: maxReleaseNameLen = 53 and
// the Kubernetes DNS subdomain pattern, matched whole.
bool FederationPlan::isValidReleaseName(const QString &name) {
    static const QRegularExpression pattern(
        QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"));
    return name.size() <= 53 && pattern.match(name).hasMatch();
}

bool FederationPlan::isValidDnsLabel(const QString &name) {
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"));
    return pattern.match(name).hasMatch();
}

QStringList FederationPlan::problems() const {
    QStringList out;
    const QList<DatacenterPlan> all = datacenters();
    QHash<QString, QString> contextOfName;    // datacenter name -> first context
    QHash<QString, QString> contextOfAddress; // static WAN address -> first context
    QHash<QString, int> timesListed;          // context -> count
    for (const DatacenterPlan &dc : all) {
        if (++timesListed[dc.context] == 2)
            out << tr("Context \"%1\" is in the plan more than once.").arg(dc.context);
        if (!DatacenterName::isValid(dc.datacenter)) {
            out << tr("The datacenter name \"%1\" of context \"%2\" is not valid: use 1 to 63 "
                      "lowercase letters, digits and '-', starting and ending with a letter "
                      "or digit.")
                       .arg(dc.datacenter, dc.context);
        } else if (const auto it = contextOfName.constFind(dc.datacenter);
                   it != contextOfName.cend()) {
            if (*it != dc.context)
                out << tr("Contexts \"%1\" and \"%2\" both use the datacenter name \"%3\"; "
                          "each datacenter needs a name of its own.")
                           .arg(*it, dc.context, dc.datacenter);
        } else {
            contextOfName.insert(dc.datacenter, dc.context);
        }
        if (!isValidReleaseName(dc.release))
            out << tr("The Helm release name \"%1\" of context \"%2\" is not valid: use at "
                      "most 53 lowercase letters, digits, '-' and '.'.")
                       .arg(dc.release, dc.context);
        if (!isValidDnsLabel(dc.ns))
            out << tr("The namespace \"%1\" of context \"%2\" is not valid: use 1 to 63 "
                      "lowercase letters, digits and '-'.")
                       .arg(dc.ns, dc.context);
        if (!dc.globalName.isEmpty() && !isValidDnsLabel(dc.globalName))
            out << tr("The global.name \"%1\" of context \"%2\" is not valid: use 1 to 63 "
                      "lowercase letters, digits and '-', or leave it empty.")
                       .arg(dc.globalName, dc.context);
        if (!dc.fullnameOverride.isEmpty() && !isValidDnsLabel(dc.fullnameOverride))
            out << tr("The fullnameOverride \"%1\" of context \"%2\" is not valid: use 1 to 63 "
                      "lowercase letters, digits and '-', or leave it empty.")
                       .arg(dc.fullnameOverride, dc.context);
        if (wanAddressSource == WanAddressSource::Static) {
            const QString address = staticWanAddressOf(dc);
            if (address.trimmed().isEmpty()) {
                out << tr("Context \"%1\" has no static WAN address for its mesh gateways.")
                           .arg(dc.context);
            } else if (const auto it = contextOfAddress.constFind(address);
                       it != contextOfAddress.cend()) {
                if (*it != dc.context)
                    out << tr("Contexts \"%1\" and \"%2\" both give \"%3\" as the static WAN "
                              "address of their mesh gateways; each datacenter's gateways need "
                              "their own.")
                               .arg(*it, dc.context, address);
            } else {
                contextOfAddress.insert(address, dc.context);
            }
        }
    }
    // The procedure needs the secondary's API URL only for the auth method
    // that ACLs use.
    if (acls) {
        for (const DatacenterPlan &dc : secondaries) {
            if (dc.apiServer.isEmpty())
                out << tr("Context \"%1\" has no Kubernetes API server URL, which "
                          "global.federation.k8sAuthMethodHost needs when ACLs are enabled.")
                           .arg(dc.context);
            else if (!isServerUrl(dc.apiServer))
                out << tr("The Kubernetes API server \"%1\" of context \"%2\" is not a full URL "
                          "such as https://host:6443.")
                           .arg(dc.apiServer, dc.context);
        }
    }
    if (meshGatewayServiceType == MeshGatewayServiceType::NodePort) {
        if (nodePort < 0 || nodePort > 65535)
            out << tr("The node port %1 is not a port number.").arg(nodePort);
        else if (nodePort == 0 && wanAddressSource == WanAddressSource::Service)
            out << tr("A NodePort mesh gateway Service that gives the WAN address needs a node "
                      "port (the chart's meshGateway.service.nodePort cannot be null).");
    }
    return out;
}
