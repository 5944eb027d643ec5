#include "Shift.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace fd::core {

QString toString(WorkState state)
{
    switch (state) {
    case WorkState::Off:
        return u"off"_s;
    case WorkState::OnShift:
        return u"on_shift"_s;
    case WorkState::OnBreak:
        return u"on_break"_s;
    }
    return {};
}

QString displayName(WorkState state)
{
    switch (state) {
    case WorkState::Off:
        return QCoreApplication::translate("fd::core::Shift", "off shift");
    case WorkState::OnShift:
        return QCoreApplication::translate("fd::core::Shift", "on shift");
    case WorkState::OnBreak:
        return QCoreApplication::translate("fd::core::Shift", "on a break");
    }
    return {};
}

QString toString(Reassign reassign)
{
    switch (reassign) {
    case Reassign::Incoming:
        return u"incoming"_s;
    case Reassign::Pool:
        return u"pool"_s;
    case Reassign::Keep:
        return u"keep"_s;
    }
    return {};
}

std::optional<Reassign> reassignFromString(QStringView text)
{
    for (const Reassign r : {Reassign::Incoming, Reassign::Pool, Reassign::Keep}) {
        if (text == toString(r))
            return r;
    }
    return std::nullopt;
}

} // namespace fd::core
