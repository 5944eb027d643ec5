#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace fd::core {

// Misbehaviour every platform sandbox can put on the next answers of a method, whatever its
// wire format. SandboxApiBase carries these out; a platform's own faults (its error answers)
// are Kind::Specific and the platform's sandbox handles them.
struct SandboxFault
{
    static constexpr qsizetype DefaultSize = 5 * 1024 * 1024;

    enum class Kind {
        Drop,                // close the connection; the request is not carried out
        DropAfterProcessing, // carry the request out, then close without answering
        MalformedJson,       // the real answer, cut short (Content-Length matches the cut)
        HugeBody,            // a valid answer of about `size` bytes
        JunkBody,            // 200 with `size` bytes of junk labelled application/json
        ServerErrorHtml,     // `status` with nginx's HTML error page
        Delay,               // answer normally after `delayMs`
        Specific,            // one of the platform's own faults
    };

    Kind kind = Kind::Drop;
    int status = 500;
    int delayMs = 0;
    qsizetype size = DefaultSize;
};

// The generic factories, returning the platform's Fault type (which derives from this) so
// `TelegramSandbox::Fault::drop()` is a TelegramSandbox::Fault. `Fault::DefaultErrorStatus`
// is the status of the platform's usual error page.
template <typename Fault>
struct BasicSandboxFault : SandboxFault
{
    static Fault drop() { return make(Kind::Drop); }
    static Fault dropAfterProcessing() { return make(Kind::DropAfterProcessing); }
    static Fault malformedJson() { return make(Kind::MalformedJson); }
    static Fault hugeBody(qsizetype bytes = DefaultSize) { return sized(Kind::HugeBody, bytes); }
    static Fault junkBody(qsizetype bytes = DefaultSize) { return sized(Kind::JunkBody, bytes); }
    static Fault serverErrorHtml(int status = Fault::DefaultErrorStatus)
    {
        Fault f = make(Kind::ServerErrorHtml);
        f.status = status;
        return f;
    }
    static Fault delay(int ms)
    {
        Fault f = make(Kind::Delay);
        f.delayMs = ms;
        return f;
    }
    static Fault make(Kind kind)
    {
        Fault f;
        f.kind = kind;
        return f;
    }
    // One of the platform's own, `Fault::Specific`.
    template <typename Specific>
    static Fault makeSpecific(Specific which)
    {
        Fault f = make(Kind::Specific);
        f.specific = which;
        return f;
    }

private:
    static Fault sized(Kind kind, qsizetype bytes)
    {
        Fault f = make(kind);
        f.size = bytes;
        return f;
    }
};

// Faults waiting for the calls they are meant for, used in the order they were injected.
// `method` is compared as given (a platform that ignores case lowers it first); an account
// of 0 (a bot's or community's id) matches any.
template <typename Fault>
class SandboxFaultQueue
{
public:
    void add(const Fault &fault, int times, const QString &method, qint64 account)
    {
        m_pending.append(Pending{fault, times, method, account});
    }
    void clear() { m_pending.clear(); }
    int pending() const
    {
        int n = 0;
        for (const Pending &p : m_pending)
            n += p.remaining;
        return n;
    }
    // The next fault for a call of `method` by `account` (0: unknown), used up by this call.
    std::optional<Fault> take(const QString &method, qint64 account)
    {
        for (qsizetype i = 0; i < m_pending.size(); ++i) {
            Pending &p = m_pending[i];
            if (p.method != method || (p.account != 0 && p.account != account))
                continue;
            const Fault fault = p.fault;
            if (--p.remaining <= 0)
                m_pending.removeAt(i);
            return fault;
        }
        return std::nullopt;
    }

private:
    struct Pending
    {
        Fault fault;
        int remaining = 0;
        QString method;
        qint64 account = 0;
    };
    QList<Pending> m_pending;
};

} // namespace fd::core
