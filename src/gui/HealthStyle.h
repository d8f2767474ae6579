#pragma once

#include "DatacenterHealth.h"
#include "LinkHealth.h"
#include "WanMembership.h"

#include <QColor>
#include <QIcon>

// How health looks, the same on the canvas, in the datacenter dropdown and
// in the members panel: green all well, amber degraded, red down or
// unreachable, grey unknown or not federated. Colours read on light and dark
// bases alike; each state also has its own shape or words, never colour alone.
namespace HealthStyle {

QColor color(DatacenterHealth::State state);
QColor color(LinkHealth::State state);
QColor color(WanMember::Status status);
// From a datacenter's servers: all alive, some, none.
QColor color(const WanMembership::Summary &servers);

// A filled disk (degraded: a ring; unknown: hollow) in the state's colour.
QIcon icon(DatacenterHealth::State state);
QIcon icon(WanMember::Status status);
QIcon icon(const WanMembership::Summary &servers);

// Edges: solid when healthy or degraded, dashed when not federated, dotted
// when unknown, dash-dot when down.
Qt::PenStyle penStyle(LinkHealth::State state);

} // namespace HealthStyle
