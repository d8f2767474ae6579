#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

// The mesh gateway Service the chart creates (`<prefix>-mesh-gateway`), as the
// API server returns it: where its LoadBalancer is reachable. The chart's
// create-federation-secret job puts these addresses into primary_gateways
// when meshGateway.wanAddress.source is Service.
namespace MeshGatewayService {

// status.loadBalancer.ingress: each entry's ip, else its hostname; empty
// while the load balancer has no address yet.
QStringList loadBalancerHosts(const QJsonObject &service);

// The port named "gateway" (the chart's name), else the first one; 0 when none.
int gatewayPort(const QJsonObject &service);

// "host:port" for each load balancer host, with brackets around an IPv6
// host, as Consul writes addresses.
QStringList loadBalancerAddresses(const QJsonObject &service);

} // namespace MeshGatewayService
