// Unpacks a gzip or deflate response body as it arrives, never past a size cap, and knows when it is whole.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

struct z_stream_s;

namespace md {

// MarketDesk asks for "gzip, deflate" itself and unpacks here rather than letting Qt do it, for two
// reasons: the unpacked size is capped exactly, holding at most the cap plus one 64 KB block; and a
// compressed stream carries its own end marker, so a body cut short in transit is told from a whole one
// (Qt 6.4 ends a truncated compressed or chunked body as if it were complete).
class ContentDecoder
{
public:
    enum class Status { Ok, TooLarge, Corrupt };

    // True for the Content-Encoding values this decoder reads: gzip, x-gzip, deflate (and identity / none,
    // which need no decoder).
    static bool isSupported(QByteArrayView contentEncoding);

    // maxOutput: the most unpacked bytes accepted in all.
    ContentDecoder(QByteArrayView contentEncoding, qint64 maxOutput);
    ~ContentDecoder();
    ContentDecoder(const ContentDecoder &) = delete;
    ContentDecoder &operator=(const ContentDecoder &) = delete;

    // Unpacks input and appends the result to output. TooLarge as soon as the unpacked total would pass
    // maxOutput (output then holds no more than maxOutput); Corrupt when the data is not valid.
    Status feed(QByteArrayView input, QByteArray &output);

    // True once the compressed stream reached its end marker (a gzip trailer with a matching checksum).
    bool isComplete() const { return m_ended; }

private:
    bool initialise(int windowBits);

    std::unique_ptr<z_stream_s> m_stream;
    bool m_gzip = false;
    bool m_ready = false;
    bool m_ended = false;
    bool m_started = false;   // some input was fed
    bool m_triedRaw = false;  // "deflate" sent without its zlib wrapper, as some servers do
    qint64 m_maxOutput = 0;
    qint64 m_produced = 0;
};

} // namespace md
